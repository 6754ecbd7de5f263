namespace Distanskontakt.Web.Components.Shared;

/// <summary>
/// The addresses a wizard wrote itself and has not yet heard back about. The browser reports each of them in a
/// LocationChanged event a round trip later; by then the next answer may already have moved on, so re-applying
/// the older address would undo that answer and move focus late. Those reports are recognised and dropped here.
/// </summary>
public sealed class OwnAddresses
{
    // A bound, so that reports lost with a dropped connection cannot grow the queue for ever.
    private const int Capacity = 32;

    private readonly Queue<string> _pending = new();

    /// <summary>Notes an address the wizard navigates to (absolute).</summary>
    public void Produced(string absoluteUri)
    {
        _pending.Enqueue(absoluteUri);
        if (_pending.Count > Capacity)
        {
            _pending.Dequeue();
        }
    }

    /// <summary>
    /// True when the reported location is one the wizard produced: it and every earlier one are then settled. Any
    /// other location (a link, the search, the browser) is not the wizard's own and must be applied.
    /// </summary>
    public bool IsOwn(string location)
    {
        if (!_pending.Contains(location, StringComparer.Ordinal))
        {
            return false;
        }

        while (!string.Equals(_pending.Dequeue(), location, StringComparison.Ordinal))
        {
            // Reports of earlier addresses were overtaken by this one.
        }

        return true;
    }
}
