using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Questions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Api;

/// <summary>
/// The engine caches its outcomes and questions and they are immutable, so the answer for one of them is always the
/// same bytes: serialised once (with the app's JSON options, as <c>TypedResults.Ok</c> would) and written as they are.
/// Serialising the answer was the largest single cost of a decision after parsing.
/// </summary>
internal static class DecisionResponseCache
{
    private static readonly ConditionalWeakTable<Outcome, SerializedJson<CompleteDecisionResponse>> _complete = [];

    /// <summary>
    /// An incomplete answer is the missing inputs (in asking order, so a set of them) and the next question, an
    /// immutable catalog entry: serialised once per question and set of missing inputs.
    /// </summary>
    private static readonly ConditionalWeakTable<IAskedQuestion, ConcurrentDictionary<int, SerializedJson<IncompleteDecisionResponse>>> _incomplete = [];

    public static SerializedJson<CompleteDecisionResponse> Complete(Outcome outcome, HttpContext http)
    {
        var options = Options(http);
        if (!_complete.TryGetValue(outcome, out var entry) || entry.Options != options)
        {
            entry = new SerializedJson<CompleteDecisionResponse>(DecisionMapper.ToResponse(outcome), options);
            _complete.AddOrUpdate(outcome, entry);
        }

        return entry;
    }

    public static SerializedJson<IncompleteDecisionResponse> Incomplete(FlowResult result, HttpContext http)
    {
        var options = Options(http);
        var question = result.NextQuestion!;
        var missing = 0;
        foreach (var input in result.Missing)
        {
            if ((uint)input >= 31 || missing >> (int)input != 0)
            {
                return new(DecisionMapper.ToIncompleteResponse(result), options); // not in asking order: no set to key by
            }

            missing |= 1 << (int)input;
        }

        var byMissing = _incomplete.GetOrCreateValue(question);
        if (!byMissing.TryGetValue(missing, out var entry) || entry.Options != options)
        {
            entry = new SerializedJson<IncompleteDecisionResponse>(DecisionMapper.ToIncompleteResponse(result), options);
            byMissing[missing] = entry;
        }

        return entry;
    }

    private static JsonSerializerOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
