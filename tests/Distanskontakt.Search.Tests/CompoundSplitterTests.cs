namespace Distanskontakt.Search.Tests;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter _splitter = new(
        new HashSet<string>(["recept", "förnyelse", "behandling", "plan", "telefon", "samtal", "medicin", "ska", "egenvård", "råd"], StringComparer.Ordinal),
        new HashSet<string>(["förnyels"], StringComparer.Ordinal));

    [Theory]
    [InlineData("receptförnyelse", "recept|förnyelse")]
    [InlineData("receptförnyelsen", "recept|förnyelsen")]
    [InlineData("behandlingsplan", "behandling|plan")]
    [InlineData("telefonsamtal", "telefon|samtal")]
    [InlineData("egenvårdsråd", "egenvård|råd")]
    public void ShouldSplitACompoundOfKnownWords(string word, string parts)
    {
        Assert.Equal(parts.Split('|'), _splitter.Split(word, Stem));
    }

    [Theory]
    [InlineData("medicinska")] // medicin + "ska": a bare three-letter tail is an ending, not a word
    [InlineData("provsvar")]
    [InlineData("recept")]
    [InlineData("plan")]
    public void ShouldLeaveOtherWordsWhole(string word)
    {
        Assert.Empty(_splitter.Split(word, Stem));
    }

    private static string Stem(string word) => word.EndsWith("en", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('e');
}
