using Distanskontakt.Domain.Situations;

namespace Distanskontakt.Search;

/// <summary>One example found for a query: the example, its score (higher is better) and its text in marked runs.</summary>
public sealed record SituationHit(SituationExample Example, float Score, IReadOnlyList<TextSegment> Segments);
