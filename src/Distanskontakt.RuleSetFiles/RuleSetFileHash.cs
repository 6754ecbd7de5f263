using Distanskontakt.Domain;

namespace Distanskontakt.RuleSetFiles;

/// <summary>The SHA-256 of a rule-set file's text (UTF-8), in lower-case hex: how a stored file is recognised and audited.</summary>
public static class RuleSetFileHash
{
    public static string Of(string content) => Sha256Text.Hex(content);
}
