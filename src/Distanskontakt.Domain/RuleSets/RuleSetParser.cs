using System.Globalization;
using System.Text.Json;
using static Distanskontakt.Domain.JsonFileReading;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// Reads a rule-set file (JSON). Strict: an unknown field, a wrong type or an unknown vocabulary value is a
/// problem, reported with its JSON path; all problems of a file are reported together.
/// </summary>
public static class RuleSetParser
{
    private static readonly string[] _topFields =
        ["id", "version", "region", "kind", "title", "validFrom", "validTo", "supersedes", "obligationTexts",
         "noteBeforeValidity", "noteAfterValidity", "overruledNameNote", "interpretations", "rules"];

    private static readonly string[] _ruleFields = ["id", "when", "decide", "obligations", "notes", "sources"];

    public static RuleSet Parse(string json, string sourceName)
    {
        var problems = new List<string>();
        using (var document = OpenObject(json, sourceName))
        {
            var root = document.RootElement;
            CheckFields(root, _topFields, "$", problems);
            var kind = ParseEnum<RuleSetKind>(root, "kind", "$", problems) ?? RuleSetKind.RuleSet;
            var register = new Register(ParseInterpretations(root, problems));
            var ruleSet = new RuleSet
            {
                Id = RequiredString(root, "id", "$", problems),
                Version = RequiredString(root, "version", "$", problems),
                Region = RequiredString(root, "region", "$", problems),
                Kind = kind,
                Title = RequiredString(root, "title", "$", problems),
                ValidFrom = OptionalDate(root, "validFrom", "$", problems),
                ValidTo = OptionalDate(root, "validTo", "$", problems),
                Supersedes = OptionalString(root, "supersedes", "$", problems),
                ObligationTexts = ParseObligationTexts(root, problems),
                NoteBeforeValidity = OptionalNote(root, "noteBeforeValidity", register, problems),
                NoteAfterValidity = OptionalNote(root, "noteAfterValidity", register, problems),
                OverruledNameNote = register.Use(OptionalString(root, "overruledNameNote", "$", problems), NoteKind.Interpretation, "$.overruledNameNote", problems),
                Rules = ParseRules(root, register, problems),
                Interpretations = register.Entries,
                SourceName = sourceName,
            };

            CheckOverruledNameNote(ruleSet, problems);
            register.ReportUnused(problems);

            if (ruleSet.ValidFrom is { } from && ruleSet.ValidTo is { } to && from > to)
            {
                problems.Add("$.validFrom: ligger efter validTo");
            }

            if (problems.Count > 0)
            {
                throw new RuleSetFormatException(sourceName, problems);
            }

            return ruleSet;
        }
    }

    private static List<Rule> ParseRules(JsonElement root, Register register, List<string> problems)
    {
        var rules = new List<Rule>();
        if (!root.TryGetProperty("rules", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.rules: en lista med regler krävs");
            return rules;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.rules[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: ett objekt krävs");
                continue;
            }

            CheckFields(element, _ruleFields, path, problems);
            var id = RequiredString(element, "id", path, problems);
            if (id.Length > 0)
            {
                path = $"{path} ({id})";
                if (!ids.Add(id))
                {
                    problems.Add($"{path}: regel-id förekommer två gånger");
                }
            }

            var when = ParseConditions(element, path, problems);
            var decision = ParseDecision(element, path, when, problems);
            rules.Add(new Rule(
                id,
                when,
                decision,
                ParseList(element, "obligations", path, problems, ParseObligation),
                ParseList(element, "notes", path, problems, (note, notePath, found) => ParseNote(note, notePath, register, found)),
                ParseList(element, "sources", path, problems, ParseSource)));
        }

        return rules;
    }

    private static List<Condition> ParseConditions(JsonElement rule, string path, List<string> problems)
    {
        var conditions = new List<Condition>();
        if (!rule.TryGetProperty("when", out var when) || when.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}.when: ett objekt med villkor krävs");
            return conditions;
        }

        foreach (var property in when.EnumerateObject())
        {
            var conditionPath = $"{path}.when.{property.Name}";
            if (!WireNames.TryParse<Input>(property.Name, out var input) || input == Input.ContactDate)
            {
                problems.Add($"{conditionPath}: okänd fråga");
                continue;
            }

            var values = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().ToList()
                : [property.Value];
            uint mask = 0;
            foreach (var value in values)
            {
                var code = CodeOf(input, value);
                if (code < 0)
                {
                    problems.Add($"{conditionPath}: otillåtet värde {value.GetRawText()}");
                    continue;
                }

                mask |= 1u << code;
            }

            if (mask != 0)
            {
                conditions.Add(new Condition(input, mask));
            }
        }

        return conditions;
    }

    private static int CodeOf(Input input, JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };

        // A boolean input takes a JSON boolean, a choice a JSON string: "true" as a string is not a yes.
        var expectsBoolean = input is not (Input.System or Input.Channel);
        return expectsBoolean == (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            && WireNames.TryParseCode(input, text, out var code) ? code : -1;
    }

    private static RuleDecision? ParseDecision(JsonElement rule, string path, List<Condition> when, List<string> problems)
    {
        if (!rule.TryGetProperty("decide", out var decide) || decide.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        path += ".decide";
        if (decide.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: ett objekt krävs");
            return null;
        }

        CheckFields(decide, ["registration", "code", "name"], path, problems);
        var registration = ParseEnum<RegistrationKind>(decide, "registration", path, problems) ?? RegistrationKind.NotCovered;
        var code = OptionalString(decide, "code", path, problems);
        var name = OptionalString(decide, "name", path, problems);
        RegistrationSystem? system = null;
        var systemCondition = when.FirstOrDefault(c => c.Input == Input.System);
        if (systemCondition is not null && System.Numerics.BitOperations.PopCount(systemCondition.AllowedCodes) == 1)
        {
            system = (RegistrationSystem)System.Numerics.BitOperations.TrailingZeroCount(systemCondition.AllowedCodes);
        }

        var registers = registration is RegistrationKind.Register or RegistrationKind.Optional;
        if (registers && string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{path}.name: en kontakttyp krävs när kontakten registreras");
        }

        if (registers && system is null)
        {
            problems.Add($"{path}: regeln måste gälla exakt ett system (when.system) när den anger kontakttyp");
        }

        if (!registers && (name is not null || code is not null))
        {
            problems.Add($"{path}: ingen kontakttyp när kontakten inte registreras");
        }

        return new RuleDecision(registration, registers ? system : null, code, name);
    }

    private static RuleObligation? ParseObligation(JsonElement element, string path, List<string> problems)
    {
        CheckFields(element, ["id", "level", "text"], path, problems);
        var id = ParseEnum<ObligationId>(element, "id", path, problems);
        var level = ParseEnum<ObligationLevel>(element, "level", path, problems);
        var text = OptionalString(element, "text", path, problems);
        return id is null || level is null ? null : new RuleObligation(id.Value, level.Value, text);
    }

    private static Note? ParseNote(JsonElement element, string path, Register register, List<string> problems)
    {
        CheckFields(element, ["kind", "text", "id"], path, problems);
        var kind = ParseEnum<NoteKind>(element, "kind", path, problems);
        var text = RequiredString(element, "text", path, problems);
        var id = OptionalString(element, "id", path, problems);
        if (kind is not { } known)
        {
            return null;
        }

        if (!Interpretation.IsRegistered(known))
        {
            if (id is not null)
            {
                problems.Add($"{path}.id: bara noter av typen interpretation, carriedOver och conflict står i tolkningsregistret");
            }

            return new Note(known, text);
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add($"{path}.id: en not av typen {WireNames.Of(known)} måste ange sin tolkning i tolkningsregistret ($.interpretations) med id");
            return new Note(known, text);
        }

        return new Note(known, text, register.Use(id, known, $"{path}.id", problems));
    }

    private static List<Interpretation> ParseInterpretations(JsonElement root, List<string> problems)
    {
        var entries = new List<Interpretation>();
        if (!root.TryGetProperty("interpretations", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return entries;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.interpretations: en lista krävs");
            return entries;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.interpretations[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: ett objekt krävs");
                continue;
            }

            CheckFields(element, ["id", "kind", "quotes", "reading"], path, problems);
            var id = RequiredString(element, "id", path, problems);
            if (id.Length > 0)
            {
                path = $"{path} ({id})";
                if (entries.Any(e => e.Id == id))
                {
                    problems.Add($"{path}: tolknings-id förekommer två gånger");
                }
            }

            var kind = ParseEnum<NoteKind>(element, "kind", path, problems);
            if (kind is { } known && !Interpretation.IsRegistered(known))
            {
                problems.Add($"{path}.kind: tolkningsregistret tar bara interpretation, carriedOver och conflict");
            }

            var reading = RequiredString(element, "reading", path, problems);
            var quotes = ParseList(element, "quotes", path, problems, ParseQuote);
            if (quotes.Count == 0)
            {
                problems.Add($"{path}.quotes: minst ett citat ur anvisningen krävs");
            }

            entries.Add(new Interpretation(id, kind ?? NoteKind.Interpretation, quotes, reading));
        }

        return entries;
    }

    private static SourceQuote? ParseQuote(JsonElement element, string path, List<string> problems)
    {
        CheckFields(element, ["document", "section", "text"], path, problems);
        return new SourceQuote(
            RequiredString(element, "document", path, problems),
            RequiredString(element, "section", path, problems),
            RequiredString(element, "text", path, problems));
    }

    /// <summary>
    /// An overlay whose rules name contact types can lose that name to a newer set; the note the engine then writes
    /// must be in the register like every other interpretation.
    /// </summary>
    private static void CheckOverruledNameNote(RuleSet set, List<string> problems)
    {
        var names = set.Rules.Any(r => r.Decision?.Name is not null);
        if (set.Kind != RuleSetKind.Overlay && set.OverruledNameNote is not null)
        {
            problems.Add("$.overruledNameNote: bara ett tillägg (overlay) kan få sitt namn ersatt av en nyare regeluppsättning");
        }
        else if (set.Kind == RuleSetKind.Overlay && names && set.OverruledNameNote is null)
        {
            problems.Add("$.overruledNameNote: ett tillägg som anger kontakttyper måste ange tolkningen (id i $.interpretations) för när en nyare regeluppsättnings namn används i stället");
        }
    }

    private static SourceReference? ParseSource(JsonElement element, string path, List<string> problems)
    {
        CheckFields(element, ["document", "section"], path, problems);
        return new SourceReference(
            RequiredString(element, "document", path, problems),
            RequiredString(element, "section", path, problems));
    }

    private static Note? OptionalNote(JsonElement root, string name, Register register, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.Object
            ? ParseNote(element, $"$.{name}", register, problems)
            : Problem<Note>(problems, $"$.{name}: ett objekt krävs");
    }

    private static Dictionary<ObligationId, string> ParseObligationTexts(JsonElement root, List<string> problems)
    {
        var texts = new Dictionary<ObligationId, string>();
        if (!root.TryGetProperty("obligationTexts", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return texts;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$.obligationTexts: ett objekt krävs");
            return texts;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!WireNames.TryParse<ObligationId>(property.Name, out var id))
            {
                problems.Add($"$.obligationTexts.{property.Name}: okänd skyldighet");
            }
            else if (property.Value.ValueKind != JsonValueKind.String)
            {
                problems.Add($"$.obligationTexts.{property.Name}: en text krävs");
            }
            else
            {
                texts[id] = property.Value.GetString()!;
            }
        }

        return texts;
    }

    private static List<T> ParseList<T>(
        JsonElement owner, string name, string path, List<string> problems,
        Func<JsonElement, string, List<string>, T?> parse) where T : class
    {
        var items = new List<T>();
        if (!owner.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return items;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}.{name}: en lista krävs");
            return items;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{itemPath}: ett objekt krävs");
                continue;
            }

            if (parse(element, itemPath, problems) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static TEnum? ParseEnum<TEnum>(JsonElement owner, string name, string path, List<string> problems)
        where TEnum : struct, Enum
    {
        var text = RequiredString(owner, name, path, problems);
        if (text.Length == 0)
        {
            return null;
        }

        if (WireNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add($"{path}.{name}: okänt värde '{text}' (tillåtna: {string.Join(", ", WireNames.All<TEnum>())})");
        return null;
    }

    private static DateOnly? OptionalDate(JsonElement owner, string name, string path, List<string> problems)
    {
        var text = OptionalString(owner, name, path, problems);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{path}.{name}: datum på formen ÅÅÅÅ-MM-DD krävs");
        return null;
    }

    private static T? Problem<T>(List<string> problems, string problem) where T : class
    {
        problems.Add(problem);
        return null;
    }

    /// <summary>The register being read, and which entries the notes use: an entry that no note uses is a problem.</summary>
    private sealed class Register(List<Interpretation> entries)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public List<Interpretation> Entries { get; } = entries;

        public string? Use(string? id, NoteKind kind, string path, List<string> problems)
        {
            if (id is null)
            {
                return null;
            }

            _used.Add(id);
            if (Entries.FirstOrDefault(e => e.Id == id) is not { } entry)
            {
                problems.Add($"{path}: tolkningen '{id}' finns inte i tolkningsregistret ($.interpretations)");
            }
            else if (entry.Kind != kind)
            {
                problems.Add($"{path}: tolkningen '{id}' är av typen {WireNames.Of(entry.Kind)}, noten av typen {WireNames.Of(kind)}");
            }

            return id;
        }

        public void ReportUnused(List<string> problems)
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Id.Length > 0 && !_used.Contains(Entries[i].Id))
                {
                    problems.Add($"$.interpretations[{i}] ({Entries[i].Id}): används inte av någon not");
                }
            }
        }
    }
}
