namespace Distanskontakt.Domain.Engine;

/// <summary>A clock that stands still: lets the verifier walk past dates without reading the real clock.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
