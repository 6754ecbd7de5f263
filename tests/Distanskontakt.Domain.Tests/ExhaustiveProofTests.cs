using Distanskontakt.Domain.RuleSets;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

public sealed class ExhaustiveProofTests(ITestOutputHelper output)
{
    [Fact]
    public void ShouldEndEveryAnswerPathOfEveryShippedRuleSetInExactlyOneOutcome()
    {
        var report = RuleSetVerifier.Verify(Clocks.Catalog);

        output.WriteLine($"Svarsvägar kontrollerade: {report.PathsChecked}; svar utanför vägen prövade: {report.OffPathVariantsChecked}");
        Console.WriteLine($"Exhaustive proof: {report.PathsChecked} answer paths, {report.OffPathVariantsChecked} off-path variants checked");
        Assert.Empty(report.Problems);
        Assert.True(report.PathsChecked > 100, $"only {report.PathsChecked} paths walked");
    }
}
