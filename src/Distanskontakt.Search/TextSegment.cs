namespace Distanskontakt.Search;

/// <summary>A run of an example's text; <see cref="Hit"/> when it is a word the query matched (shown marked).</summary>
public sealed record TextSegment(string Text, bool Hit);
