using Distanskontakt.Domain.Privacy;

namespace Distanskontakt.Domain.Tests;

/// <summary>What must be refused and what must pass. Numbers below are test numbers, valid only by Luhn.</summary>
public sealed class PersonnummerDetectorTests
{
    public static TheoryData<string> MustRefuse() =>
    [
        "811218-9876",
        "8112189876",
        "19811218-9876",
        "198112189876",
        "811218+9876",
        "811218 9876",
        "Patienten 19811218-9876 ringde",
        "pnr:8112189876.",
        "701063-2391",       // samordningsnummer: day 63 = 3rd
        "197010632391",
        "000229-1235",      // 29 February in a leap year
        "(811218-9876)",
    ];

    public static TheoryData<string> MustAccept() =>
    [
        "",
        "Ringde 0701234567 angående provsvar",
        "Tel 070-123 45 67",
        "Order 1234567890",                // not a date
        "811218-9877",                      // wrong check digit
        "811318-9876",                      // month 13
        "810230-1234",                      // 30 February
        "000229-1236",                      // leap day, wrong check digit
        "2025-06-02 kl 14:30",
        "Remiss 20250602",
        "198112189876543",                  // part of a longer number
        "x8112189876123",
        "Beställning 46-811218-98",
        "８１１２１８-９８７６",            // full-width digits are not ASCII
        "Uppföljning om 3 veckor, 2 mg x 1",
    ];

    [Theory]
    [MemberData(nameof(MustRefuse))]
    public void ShouldFindAPersonalIdentityNumber(string text) => Assert.True(PersonnummerDetector.ContainsPersonnummer(text));

    [Theory]
    [MemberData(nameof(MustAccept))]
    public void ShouldLetTextWithoutAPersonalIdentityNumberPass(string text) => Assert.False(PersonnummerDetector.ContainsPersonnummer(text));

    [Fact]
    public void ShouldNotRepeatTheNumberInTheRefusal() => Assert.DoesNotContain("9876", PersonnummerDetector.RefusalMessage, StringComparison.Ordinal);
}
