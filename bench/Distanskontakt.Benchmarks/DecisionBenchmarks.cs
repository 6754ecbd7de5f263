using BenchmarkDotNet.Attributes;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Benchmarks;

/// <summary>
/// One complete decision (the API's hot path) and one full question-flow walk as the wizard makes it
/// (one Decide per answer, from nothing to the outcome). The clock is fixed so results do not drift.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private DecisionEngine _engine = null!;
    private Answers _complete = null!;
    private Answers _handover = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DecisionEngine(RuleSetCatalog.LoadEmbedded(), new FixedClock(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero)));
        _complete = Answers.Empty with
        {
            System = RegistrationSystem.Pmo,
            ContactDate = new DateOnly(2025, 6, 2),
            Channel = Channel.Phone,
            Via1177Direkt = false,
            SupportProgram = false,
            ReplacesVisit = false,
            LeadsToVisitSameDaySameUnit = true,
        };
        _handover = Answers.Empty with
        {
            System = RegistrationSystem.Pmo,
            ContactDate = new DateOnly(2023, 6, 2),
            Channel = Channel.Text,
            Via1177Direkt = true,
            HandedOverSameUnitSameDay = true,
        };
    }

    [Benchmark(Baseline = true)]
    public RegistrationKind DecideCompletePmoPhone() => _engine.Decide(_complete).Outcome!.Registration;

    [Benchmark]
    public RegistrationKind Decide1177DirektHandover() => _engine.Decide(_handover).Outcome!.Registration;

    /// <summary>The wizard's walk: ask, answer the first option that keeps going, ask again, until the outcome.</summary>
    [Benchmark]
    public int WalkQuestionFlowPasisPhone()
    {
        var answers = Answers.Empty with { ContactDate = new DateOnly(2025, 6, 2) };
        string[] script = ["pasis", "phone", "false", "false", "false"];
        var steps = 0;
        var result = _engine.Decide(answers);
        while (!result.Complete)
        {
            result.Answers.TryWith(result.NextQuestion!.Id, script[steps++], out answers);
            result = _engine.Decide(answers);
        }

        return steps;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
