using Distanskontakt.Domain;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// The idempotency key as the log keeps it: SHA-256 (hex) of the key the client sent. A key is the client's own
/// text and could hold a personnummer; only equality is ever needed, so the text itself is never stored.
/// </summary>
public static class StoredIdempotencyKey
{
    public static string Of(string key) => Sha256Text.Hex(key);
}
