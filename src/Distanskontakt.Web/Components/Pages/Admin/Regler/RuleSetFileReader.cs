using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components.Forms;

namespace Distanskontakt.Web.Components.Pages.Admin.Regler;

/// <summary>
/// Reads an uploaded rule-set file as strict UTF-8 text, refusing what the checks cannot judge fairly: a file
/// that is empty, too big or not UTF-8 (the backend would only report a confusing parse error).
/// </summary>
public static class RuleSetFileReader
{
    /// <summary>The shipped sets are about 40 KB; half a megabyte leaves room without inviting abuse.</summary>
    public const long MaxBytes = 512 * 1024;

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Result(string? Content, string? Problem);

    public static async Task<Result> ReadAsync(IBrowserFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, $"{file.Name} är ingen .json-fil. Välj en regelfil i JSON-format.");
        }

        if (file.Size > MaxBytes)
        {
            return new(null, TooBig(file.Name, file.Size));
        }

        // One byte over the limit is read so that a wrong Size from the browser cannot let a bigger file through.
        await using var stream = file.OpenReadStream(MaxBytes + 1, cancellationToken);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return Decode(file.Name, buffer.ToArray());
    }

    /// <summary>The text of the bytes, or the Swedish reason why it cannot be checked.</summary>
    public static Result Decode(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > MaxBytes)
        {
            return new(null, TooBig(fileName, bytes.LongLength));
        }

        string text;
        try
        {
            text = _strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new(null, $"{fileName} är inte sparad som UTF-8. Spara filen som UTF-8 (utan annan teckenkodning) och försök igen.");
        }

        // A byte-order mark is allowed by UTF-8 but is no part of the JSON.
        text = text.TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text)
            ? new(null, $"{fileName} är tom.")
            : new(text, null);
    }

    private static string TooBig(string fileName, long size) => string.Create(CultureInfo.InvariantCulture,
        $"{fileName} är för stor ({size / 1024} KB). Största tillåtna storlek är {MaxBytes / 1024} KB.");
}
