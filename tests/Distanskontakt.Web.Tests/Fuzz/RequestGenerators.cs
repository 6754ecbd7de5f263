using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Web.Api;
using Distanskontakt.Web.Api.Registrations;
using FsCheck;
using FsCheck.Fluent;

namespace Distanskontakt.Web.Tests.Fuzz;

/// <summary>
/// One generated request: the body as text (sent as UTF-8) or as raw bytes (not always valid UTF-8), its content
/// type and an idempotency key.
/// </summary>
public sealed record FuzzRequest(string Kind, string Body, string? ContentType, string? IdempotencyKey, byte[]? Bytes = null)
{
    public byte[] Content => Bytes ?? Encoding.UTF8.GetBytes(Body);

    /// <summary>For a failure message: the case, with the body cut short and escaped so it can be pasted back.</summary>
    public override string ToString()
    {
        var body = Bytes is null ? Body : "bytes " + Convert.ToHexString(Bytes);
        var shown = body.Length > 1500 ? body[..1500] + $"… ({body.Length} chars)" : body;
        return $"{Kind}, Content-Type: {ContentType ?? "(none)"}, Idempotency-Key: {IdempotencyKey ?? "(none)"}, body: {JsonSerializer.Serialize(shown)}";
    }
}

/// <summary>
/// FsCheck generators for the JSON API's bad (and good) input: random JSON of every shape and type, unicode with
/// surrogates, control characters and right-to-left text, huge numbers, deep nesting, bodies up to ~20 KB, and
/// near-valid requests with one field mutated. Personnummer and samordningsnummer with valid Luhn digits, in all
/// written forms, for the comment.
/// </summary>
public static class RequestGenerators
{
    private static readonly string[] _fields = [.. DecisionRequest.FieldNames, RegistrationRequest.CommentField];

    private static readonly string[] _booleanFields = [.. Enum.GetValues<Input>()
        .Where(i => i is not (Input.System or Input.ContactDate or Input.Channel)).Select(WireNames.Of)];

    private static readonly JsonSerializerOptions _relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A request of any kind, weighted towards those that get past the JSON parser.</summary>
    public static Gen<FuzzRequest> AnyRequest() =>
        Gen.Frequency((10, TextRequest()), (1, InvalidUtf8()));

    private static Gen<FuzzRequest> TextRequest() =>
        Gen.Frequency(
            (4, NearValid().Select(body => ("near-valid", body))),
            (2, Valid().Select(body => ("valid", body))),
            (2, Value(3).Select(body => ("random JSON", body))),
            (1, DeepNesting().Select(body => ("deep nesting", body))),
            (1, Large().Select(body => ("large", body))),
            (1, Broken().Select(body => ("broken", body))))
        .SelectMany(
            pair => Gen.Zip(ContentType(), IdempotencyKey()),
            (pair, headers) => new FuzzRequest(pair.Item1, pair.Item2, headers.Item1, headers.Item2));

    /// <summary>A valid request's bytes with one to four bytes overwritten by ones that break UTF-8 (or the JSON).</summary>
    private static Gen<FuzzRequest> InvalidUtf8() =>
        from answers in Gen.Elements(CompleteAnswers)
        from count in Gen.Choose(1, 4)
        from positions in Gen.ArrayOf(Gen.Choose(0, answers.Length - 1), count)
        from values in Gen.ArrayOf(Gen.Elements<byte>(0xFF, 0xFE, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0x80, 0xBF, 0x00, 0x7F), count)
        select new FuzzRequest("invalid UTF-8", answers, "application/json", null, Mutate(answers, positions, values));

    private static byte[] Mutate(string answers, int[] positions, byte[] values)
    {
        var bytes = Encoding.UTF8.GetBytes(answers);
        for (var i = 0; i < positions.Length; i++)
        {
            bytes[positions[i]] = values[i];
        }

        return bytes;
    }

    /// <summary>A complete, valid registration with a personnummer written somewhere in the comment.</summary>
    public static Gen<(string Body, string Personnummer)> RegistrationWithPersonnummerInComment() =>
        from answers in Gen.Elements(CompleteAnswers)
        from number in Personnummer()
        from before in Filler(0, 90)
        from after in Filler(0, 90)
        from relaxed in Gen.Elements(true, false)
        let comment = before + number + after
        select ($"{answers[..^1]},\"comment\":{JsonSerializer.Serialize(comment, relaxed ? _relaxed : JsonSerializerOptions.Default)}}}", number);

    /// <summary>
    /// A valid personnummer or samordningsnummer (day + 60) with its Luhn check digit, as YYYYMMDD-NNNN, YYYYMMDDNNNN,
    /// YYMMDD-NNNN, YYMMDDNNNN, YYMMDD+NNNN (100 years or older) or YYMMDD NNNN.
    /// </summary>
    public static Gen<string> Personnummer() =>
        from year in Gen.Choose(1900, 2025)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from coordination in Gen.Elements(false, false, true)
        from serial in Gen.Choose(0, 999)
        from form in Gen.Choose(0, 5)
        let shownDay = coordination ? day + 60 : day
        let nine = string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{month:D2}{shownDay:D2}{serial:D3}")
        let last = string.Create(CultureInfo.InvariantCulture, $"{serial:D3}{LuhnCheckDigit(nine)}")
        let date = string.Create(CultureInfo.InvariantCulture, $"{month:D2}{shownDay:D2}")
        let century = string.Create(CultureInfo.InvariantCulture, $"{year:D4}")
        let yy = century[2..]
        select form switch
        {
            0 => $"{century}{date}-{last}",
            1 => $"{century}{date}{last}",
            2 => $"{yy}{date}-{last}",
            3 => $"{yy}{date}{last}",
            4 => $"{yy}{date}+{last}",
            _ => $"{yy}{date} {last}",
        };

    /// <summary>The check digit that makes the Luhn sum of the ten digits YYMMDDNNNC a multiple of ten.</summary>
    public static int LuhnCheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var value = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Complete answers within skane-v4 (the test clock stands at 2026-06-01), as JSON objects.</summary>
    public static readonly string[] CompleteAnswers =
    [
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""",
        """{"system":"pasis","contactDate":"2026-05-05","channel":"video","supportProgram":false,"replacesVisit":true}""",
        """{"system":"pasis","contactDate":"2026-05-06","channel":"text","supportProgram":true,"journalDocumented":true,"replacesVisit":true}""",
    ];

    /// <summary>Text for around a personnummer: anything but ASCII digits, which would make it part of a longer number.</summary>
    private static Gen<string> Filler(int min, int max) =>
        from length in Gen.Choose(min, max)
        from pieces in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements("a", "B", "å", "Ä", "ö", " ", " ", ".", ",", "-", "+", ":", "/", "(", ")")),
            (1, Gen.Elements("\u202E", "\u200F", "ש", "م", "\u200B", "\u00A0", "\u0660", "😀", "𝄞", "\t", "\n", "\"", "\\", "<", "&"))), length)
        select string.Concat(pieces);

    /// <summary>Answers with valid values: a random subset of the fields, so often incomplete.</summary>
    private static Gen<string> Valid() =>
        from pairs in ValidPairs()
        from subset in Gen.SubListOf(pairs.ToArray())
        select Object(subset);

    private static Gen<List<(string Name, string Value)>> ValidPairs() =>
        from system in Gen.Elements(WireNames.All<RegistrationSystem>().ToArray())
        from channel in Gen.Elements(WireNames.All<Channel>().ToArray())
        from daysBack in Gen.Choose(0, 700)
        from booleans in Gen.ArrayOf(Gen.Elements("true", "false"), _booleanFields.Length)
        from comment in Gen.Frequency((3, Filler(0, 60).Select(text => JsonSerializer.Serialize(text))), (1, Gen.Constant("null")))
        select new List<(string, string)>(
        [
            ("system", Quote(system)),
            ("contactDate", Quote(new DateOnly(2026, 6, 1).AddDays(-daysBack).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            ("channel", Quote(channel)),
            .. _booleanFields.Zip(booleans),
            ("comment", comment),
        ]);

    /// <summary>Complete valid answers with exactly one thing wrong (or strange).</summary>
    private static Gen<string> NearValid() =>
        from pairs in ValidPairs()
        from index in Gen.Choose(0, pairs.Count - 1)
        from mutation in Gen.Choose(0, 8)
        from value in Value(2)
        from date in Gen.Elements("2026-02-30", "2026-5-4", "", "20260504", "2026-05-04T00:00:00", "9999-12-31", "0001-01-01", "2030-01-01", "2026-13-01", " 2026-05-04", "2026-05-04\u0000", "٢٠٢٦-٠٥-٠٤")
        from text in JsonStringText(0, 300)
        select Object(Mutate(pairs, index, mutation, value, date, text));

    private static List<(string Name, string Value)> Mutate(List<(string Name, string Value)> pairs, int index, int mutation, string value, string date, string text)
    {
        var (name, original) = pairs[index];
        var result = new List<(string Name, string Value)>(pairs);
        switch (mutation)
        {
            case 0:
                result.RemoveAt(index);
                break;
            case 1:
                result[index] = (name, value);
                break;
            case 2:
                result.Add((name, value)); // the same field twice
                break;
            case 3:
                result.Add(("okänt\u202Efält", value));
                break;
            case 4:
                result[index] = (name.ToUpperInvariant(), original);
                break;
            case 5:
                result[index] = ("contactDate", Quote(date));
                break;
            case 6:
                result[index] = (name, text);
                break;
            case 7:
                result[index] = (name, Quote(original.Trim('"').ToUpperInvariant()));
                break;
            default:
                result[index] = ("comment", text);
                break;
        }

        return result;
    }

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    private static Gen<string> Value(int depth)
    {
        var scalar = Gen.Frequency(
            (1, Gen.Elements("null", "true", "false")),
            (2, Number()),
            (3, JsonStringText(0, 40)));
        if (depth == 0)
        {
            return scalar;
        }

        var array = from count in Gen.Choose(0, 5)
                    from items in Gen.ArrayOf(Value(depth - 1), count)
                    select "[" + string.Join(",", items) + "]";
        var obj = from count in Gen.Choose(0, 5)
                  from names in Gen.ArrayOf(Gen.Frequency((2, Gen.Elements(_fields).Select(Quote)), (1, JsonStringText(0, 10))), count)
                  from values in Gen.ArrayOf(Value(depth - 1), count)
                  select "{" + string.Join(",", names.Zip(values, (n, v) => n + ":" + v)) + "}";
        return Gen.Frequency((4, scalar), (1, array), (2, obj));
    }

    private static Gen<string> Number() => Gen.Frequency(
        (2, Gen.Choose(int.MinValue, int.MaxValue).Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Elements("0", "-0", "1", "1e400", "-1e400", "1E-400", "123456789012345678901234567890123456789", "9223372036854775808",
            "-9223372036854775809", "1.5", "0.1e1", "79228162514264337593543950336", "1" + new string('0', 400))),
        (1, Gen.Elements("NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "-", "0x10", "1e")));

    /// <summary>A JSON string literal (usually valid) of unicode pieces: escapes, surrogates, control characters, RTL.</summary>
    private static Gen<string> JsonStringText(int min, int max) =>
        from length in Gen.Choose(min, max)
        from pieces in Gen.ArrayOf(StringPiece(), length)
        select "\"" + string.Concat(pieces) + "\"";

    private static Gen<string> StringPiece() => Gen.Frequency(
        (8, Gen.Elements("a", "Z", "å", "ä", "ö", "É", " ", "-", "+", "1", "9", "'", "<", ">", "&", "%", "{", "}")),
        (2, Gen.Elements("\u202E", "\u202D", "\u200F", "\u061C", "שלום", "مرحبا", "\u200B", "\u00AD", "\uFEFF", "\uFFFF", "\uFFFE")),
        (2, Gen.Elements("😀", "𝄞", "👩‍⚕️", "\uD800", "\uDC00", "\uDBFF\uDFFF")),
        (2, Gen.Elements("\\uD800", "\\uDC00", "\\uD83D\\uDE00", "\\uDE00\\uD83D", "\\u0000", "\\u001F", "\\u202E", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b")),
        (1, Gen.Elements("\u0000", "\u0001", "\u001F", "\t", "\n", "\r", "\u007F", "\u0085")),
        (1, Gen.Elements("\\x41", "\\u12", "\\uZZZZ", "\\", "\"")),
        (1, Gen.Choose(0x20, 0xFFFD).Select(c => c is '"' or '\\' ? "?" : ((char)c).ToString())));

    /// <summary>Arrays or objects nested 1 to 300 deep (the parser's limit is 64).</summary>
    private static Gen<string> DeepNesting() =>
        from depth in Gen.Choose(1, 300)
        from objects in Gen.Elements(true, false)
        select objects
            ? string.Concat(Enumerable.Repeat("{\"system\":", depth)) + "\"pmo\"" + new string('}', depth)
            : new string('[', depth) + new string(']', depth);

    /// <summary>Valid answers padded with a long comment or unknown field: from 1 KB to about 20 KB (the limit is 16 KB).</summary>
    private static Gen<string> Large() =>
        from answers in Gen.Elements(CompleteAnswers)
        from size in Gen.Choose(1_000, 20_000)
        from field in Gen.Elements("comment", "extra")
        from piece in Gen.Elements("a", "ä", "😀", "\\u0041")
        select $"{answers[..^1]},\"{field}\":\"{string.Concat(Enumerable.Repeat(piece, size / (piece.Length + 1)))}\"}}";

    /// <summary>Not JSON, or JSON cut short or with garbage: truncated, empty, BOM, trailing text.</summary>
    private static Gen<string> Broken() =>
        from answers in Gen.Elements(CompleteAnswers)
        from cut in Gen.Choose(0, answers.Length - 1)
        from kind in Gen.Choose(0, 5)
        from garbage in JsonStringText(1, 20)
        select kind switch
        {
            0 => answers[..cut],
            1 => "",
            2 => "\uFEFF" + answers,
            3 => answers + garbage,
            4 => answers.Insert(cut, garbage),
            _ => answers.Replace("\"", "'", StringComparison.Ordinal),
        };

    private static Gen<string?> ContentType() => Gen.Frequency(
        (12, Gen.Constant<string?>("application/json")),
        (1, Gen.Elements<string?>("application/json; charset=utf-8", "application/problem+json", "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/", null)));

    private static Gen<string?> IdempotencyKey() => Gen.Frequency(
        (6, Gen.Constant<string?>(null)), // a fresh key is added when sent
        (1, Gen.Elements<string?>("", "nyckel med mellanslag", new string('k', 200), "<script>", "a\tb")));

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static string Object(IEnumerable<(string Name, string Value)> pairs)
    {
        var builder = new StringBuilder("{");
        foreach (var (name, value) in pairs)
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(Quote(name)).Append(':').Append(value);
        }

        return builder.Append('}').ToString();
    }
}
