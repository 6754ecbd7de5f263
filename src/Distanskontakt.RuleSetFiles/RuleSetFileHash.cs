using System.Security.Cryptography;
using System.Text;

namespace Distanskontakt.RuleSetFiles;

/// <summary>The SHA-256 of a rule-set file's text (UTF-8), in lower-case hex: how a stored file is recognised and audited.</summary>
public static class RuleSetFileHash
{
    public static string Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
