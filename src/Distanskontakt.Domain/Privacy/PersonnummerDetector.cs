namespace Distanskontakt.Domain.Privacy;

/// <summary>
/// Finds Swedish personal identity numbers (personnummer and samordningsnummer) in free text, so that no patient
/// identity is ever stored, logged or sent. A hit needs 10 or 12 ASCII digits (YYMMDD or YYYYMMDD, then four),
/// optionally with <c>-</c>, <c>+</c> or a space before the last four, not run together with other digits,
/// a real date (samordningsnummer: day + 60) and a valid Luhn check digit. Phone and order numbers rarely
/// pass all of that; the tests keep a table of what must be refused and what must be accepted.
/// </summary>
public static class PersonnummerDetector
{
    /// <summary>The message to show; it never repeats the number.</summary>
    public const string RefusalMessage =
        "Texten innehåller ett personnummer eller samordningsnummer. Ta bort det – patientens identitet får inte sparas.";

    public static bool ContainsPersonnummer(ReadOnlySpan<char> text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsAsciiDigit(text[start]) || (start > 0 && char.IsAsciiDigit(text[start - 1])))
            {
                continue;
            }

            if (MatchesAt(text, start, dateDigits: 6) || MatchesAt(text, start, dateDigits: 8))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAt(ReadOnlySpan<char> text, int start, int dateDigits)
    {
        Span<int> digits = stackalloc int[12];
        var position = start;
        for (var i = 0; i < dateDigits; i++)
        {
            if (position >= text.Length || !char.IsAsciiDigit(text[position]))
            {
                return false;
            }

            digits[i] = text[position++] - '0';
        }

        if (position < text.Length && text[position] is '-' or '+' or ' ')
        {
            position++;
        }

        for (var i = 0; i < 4; i++)
        {
            if (position >= text.Length || !char.IsAsciiDigit(text[position]))
            {
                return false;
            }

            digits[dateDigits + i] = text[position++] - '0';
        }

        // Not part of a longer number.
        if (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            return false;
        }

        var ten = digits[(dateDigits - 6)..(dateDigits + 4)];
        return IsValidDate(digits[..dateDigits]) && PassesLuhn(ten);
    }

    private static bool IsValidDate(ReadOnlySpan<int> date)
    {
        int year;
        int offset;
        if (date.Length == 8)
        {
            year = (date[0] * 1000) + (date[1] * 100) + (date[2] * 10) + date[3];
            offset = 4;
            if (year < 1850)
            {
                return false;
            }
        }
        else
        {
            year = 2000 + (date[0] * 10) + date[1]; // the century is unknown: any leap-year rule of 19xx/20xx agrees except 1900
            offset = 2;
        }

        var month = (date[offset] * 10) + date[offset + 1];
        var day = (date[offset + 2] * 10) + date[offset + 3];
        if (day > 60)
        {
            day -= 60; // samordningsnummer
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>Luhn over the ten digits YYMMDDNNNC: the check digit makes the weighted sum a multiple of ten.</summary>
    private static bool PassesLuhn(ReadOnlySpan<int> ten)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var value = ten[i] * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }

        return sum % 10 == 0;
    }
}
