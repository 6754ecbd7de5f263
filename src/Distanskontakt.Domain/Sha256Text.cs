using System.Security.Cryptography;
using System.Text;

namespace Distanskontakt.Domain;

/// <summary>
/// The SHA-256 of a text's UTF-8 bytes in lower-case hex: the one form the app stores for what it must recognise but
/// not keep (a user's id, a client's idempotency key) and for what it must recognise unchanged (a rule-set file).
/// </summary>
public static class Sha256Text
{
    public static string Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
