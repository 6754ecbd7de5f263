namespace Distanskontakt.Search;

/// <summary>
/// Splits a Swedish compound into words the index itself knows (<c>receptförnyelse</c> → <c>recept</c> +
/// <c>förnyelse</c>), allowing the linking <c>s</c> (<c>behandlingsplan</c> → <c>behandling</c> + <c>plan</c>). The last
/// part may be an inflected form of a known word (<c>receptförnyelsen</c>). No dictionary of Swedish is needed: a
/// part that the examples never use could not match anything anyway.
/// </summary>
internal sealed class CompoundSplitter(HashSet<string> words, HashSet<string> stems)
{
    // Heads are looked up as spans: a substring per candidate length was most of a query's garbage.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words = words.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MinPart = 3;

    /// <summary>A tail without the linking s needs four letters: "medicinska" is no medicin + ska.</summary>
    private const int MinBareTail = 4;
    private const int MinWord = 2 * MinPart;
    private const int MaxParts = 3;

    /// <summary>The parts of <paramref name="word"/> (lower case), or none when it is no compound of known words.</summary>
    public IReadOnlyList<string> Split(string word, Func<string, string> stem) =>
        word.Length < MinWord ? [] : TrySplit(word, stem, 1) ?? [];

    private List<string>? TrySplit(string word, Func<string, string> stem, int parts)
    {
        // Longest known head first: "telefonsamtal" is telefon + samtal, not tele + fonsamtal.
        for (var headLength = word.Length - MinPart; headLength >= MinPart; headLength--)
        {
            if (!_words.Contains(word.AsSpan(0, headLength)))
            {
                continue;
            }

            var head = word[..headLength];

            foreach (var (tail, linked) in Tails(word, headLength))
            {
                if (tail.Length < (linked ? MinPart : MinBareTail))
                {
                    continue;
                }

                if (words.Contains(tail) || stems.Contains(stem(tail)))
                {
                    return [head, tail];
                }

                if (parts + 1 < MaxParts && TrySplit(tail, stem, parts + 1) is { } rest)
                {
                    return [head, .. rest];
                }
            }
        }

        return null;
    }

    private static IEnumerable<(string Tail, bool Linked)> Tails(string word, int headLength)
    {
        yield return (word[headLength..], false);
        if (word[headLength] == 's')
        {
            yield return (word[(headLength + 1)..], true);
        }
    }
}
