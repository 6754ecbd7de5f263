using System.Text.Json;
using static Distanskontakt.Domain.JsonFileReading;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Domain.Halland;

/// <summary>
/// Reads the Halland profile file. Strict like <see cref="RuleSetParser"/>: an unknown field, a wrong type or an
/// unknown value is a problem reported with its JSON path, and all problems of the file are reported together.
/// </summary>
public static class HallandProfileParser
{
    private static readonly string[] _topFields =
        ["id", "region", "title", "definition", "conditionsNotMet", "channelRules", "conditions", "reminders"];

    private static readonly string[] _statementFields = ["id", "text", "quote", "source"];
    private static readonly string[] _channelRuleFields = ["id", "channel", "text", "quote", "source"];

    private static readonly string[] _conditionFields =
        ["id", "letter", "kind", "channels", "quote", "question", "questionByChannel", "help", "failure", "note", "source"];

    private static readonly string[] _reminderFields = ["id", "when", "text", "quote", "source"];
    private static readonly string[] _whenFields = [HallandWireNames.Channel, HallandWireNames.SwitchedFrom, HallandWireNames.PatientUnder13];

    /// <summary>Question names that the flow uses itself; a condition id must differ from them.</summary>
    private static readonly string[] _reservedIds = [HallandWireNames.Channel, HallandWireNames.SwitchedFrom, HallandWireNames.PatientUnder13];

    public static HallandProfile Parse(string json, string sourceName)
    {
        using (var document = OpenObject(json, sourceName))
        {
            var root = document.RootElement;
            var problems = new List<string>();
            CheckFields(root, _topFields, "$", problems);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var profile = new HallandProfile(
                RequiredString(root, "id", "$", problems),
                RequiredString(root, "region", "$", problems),
                RequiredString(root, "title", "$", problems),
                Source(root, "definition", "$", problems),
                Statement(root, "conditionsNotMet", problems, ids),
                List(root, "channelRules", problems, (e, p) => ChannelRule(e, p, problems, ids)),
                List(root, "conditions", problems, (e, p) => Condition(e, p, problems, ids)),
                List(root, "reminders", problems, (e, p) => Reminder(e, p, problems, ids)),
                sourceName);

            CheckLetters(profile.Conditions, problems);
            if (problems.Count > 0)
            {
                throw new RuleSetFormatException(sourceName, problems);
            }

            return profile;
        }
    }

    private static HallandStatement Statement(JsonElement root, string name, List<string> problems, HashSet<string> ids)
    {
        var path = $"$.{name}";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: ett objekt krävs");
            return new HallandStatement("", "", null, new SourceReference("", ""));
        }

        CheckFields(element, _statementFields, path, problems);
        return new HallandStatement(
            Id(element, path, problems, ids),
            RequiredString(element, "text", path, problems),
            RequiredString(element, "quote", path, problems),
            Source(element, "source", path, problems));
    }

    private static HallandChannelRule? ChannelRule(JsonElement element, string path, List<string> problems, HashSet<string> ids)
    {
        CheckFields(element, _channelRuleFields, path, problems);
        var id = Id(element, path, problems, ids);
        var channel = Channel(element, "channel", path, problems);
        var statement = new HallandStatement(
            id,
            RequiredString(element, "text", path, problems),
            RequiredString(element, "quote", path, problems),
            Source(element, "source", path, problems));
        return channel is null ? null : new HallandChannelRule(channel.Value, statement);
    }

    private static HallandCondition? Condition(JsonElement element, string path, List<string> problems, HashSet<string> ids)
    {
        CheckFields(element, _conditionFields, path, problems);
        var id = Id(element, path, problems, ids);
        if (id.Length > 0)
        {
            path = $"{path} ({id})";
        }

        if (_reservedIds.Contains(id, StringComparer.Ordinal))
        {
            problems.Add($"{path}.id: '{id}' är en av flödets egna frågor");
        }

        var kindText = RequiredString(element, "kind", path, problems);
        HallandConditionKind? kind = null;
        if (HallandWireNames.TryParseKind(kindText, out var parsedKind))
        {
            kind = parsedKind;
        }
        else if (kindText.Length > 0)
        {
            problems.Add($"{path}.kind: okänt värde '{kindText}' (tillåtna: requirement, permission)");
        }

        var channels = Channels(element, "channels", path, problems) ?? [];
        if (channels.Count == 0)
        {
            problems.Add($"{path}.channels: minst ett kommunikationssätt krävs");
        }

        var question = OptionalString(element, "question", path, problems);
        var help = OptionalString(element, "help", path, problems);
        var failure = OptionalString(element, "failure", path, problems);
        var note = OptionalString(element, "note", path, problems);
        var byChannel = QuestionByChannel(element, path, problems);
        if (kind == HallandConditionKind.Requirement)
        {
            Require(question, "question", "ett krav", path, problems);
            Require(help, "help", "ett krav", path, problems);
            Require(failure, "failure", "ett krav", path, problems);
            if (note is not null)
            {
                problems.Add($"{path}.note: ett krav har ingen anmärkning (note), bara failure");
            }

            foreach (var channel in byChannel.Keys.Where(c => !channels.Contains(c)))
            {
                problems.Add($"{path}.questionByChannel.{HallandWireNames.Of(channel)}: villkoret frågas inte för det kommunikationssättet");
            }
        }
        else if (kind == HallandConditionKind.Permission)
        {
            Require(note, "note", "en möjlighet", path, problems);
            if (question is not null || failure is not null || byChannel.Count > 0)
            {
                problems.Add($"{path}: en möjlighet (permission) frågas inte och kan inte brista: ingen question, questionByChannel eller failure");
            }
        }

        var letter = RequiredString(element, "letter", path, problems);
        return kind is null
            ? null
            : new HallandCondition(id, letter, kind.Value, channels, RequiredString(element, "quote", path, problems),
                question, byChannel, help, failure, note, Source(element, "source", path, problems));
    }

    private static HallandReminder? Reminder(JsonElement element, string path, List<string> problems, HashSet<string> ids)
    {
        CheckFields(element, _reminderFields, path, problems);
        var id = Id(element, path, problems, ids);
        if (id.Length > 0)
        {
            path = $"{path} ({id})";
        }

        if (!element.TryGetProperty("when", out var when) || when.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}.when: ett objekt med villkor krävs");
            return null;
        }

        CheckFields(when, _whenFields, $"{path}.when", problems);
        var channels = when.TryGetProperty(HallandWireNames.Channel, out _) ? Channels(when, HallandWireNames.Channel, $"{path}.when", problems) : null;
        IReadOnlyList<string>? switchedFrom = null;
        if (when.TryGetProperty(HallandWireNames.SwitchedFrom, out var from))
        {
            var values = new List<string>();
            var valid = HallandQuestions.SwitchedFromValues;
            foreach (var value in from.ValueKind == JsonValueKind.Array ? from.EnumerateArray().ToList() : [from])
            {
                if (value.ValueKind == JsonValueKind.String && valid.Contains(value.GetString(), StringComparer.Ordinal))
                {
                    values.Add(value.GetString()!);
                }
                else
                {
                    problems.Add($"{path}.when.switchedFrom: otillåtet värde {value.GetRawText()} (tillåtna: {string.Join(", ", valid)})");
                }
            }

            switchedFrom = values;
        }

        bool? under13 = null;
        if (when.TryGetProperty(HallandWireNames.PatientUnder13, out var child))
        {
            if (child.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                under13 = child.GetBoolean();
            }
            else
            {
                problems.Add($"{path}.when.patientUnder13: true eller false krävs");
            }
        }

        if (channels is null && switchedFrom is null && under13 is null)
        {
            problems.Add($"{path}.when: minst ett villkor krävs (channel, switchedFrom eller patientUnder13)");
        }

        return new HallandReminder(id, channels, switchedFrom, under13,
            RequiredString(element, "text", path, problems), Source(element, "source", path, problems),
            OptionalString(element, "quote", path, problems));
    }

    private static Dictionary<HallandChannel, string> QuestionByChannel(JsonElement element, string path, List<string> problems)
    {
        var texts = new Dictionary<HallandChannel, string>();
        if (!element.TryGetProperty("questionByChannel", out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return texts;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}.questionByChannel: ett objekt krävs");
            return texts;
        }

        foreach (var property in map.EnumerateObject())
        {
            if (!HallandWireNames.TryParseChannel(property.Name, out var channel))
            {
                problems.Add($"{path}.questionByChannel.{property.Name}: okänt kommunikationssätt");
            }
            else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                problems.Add($"{path}.questionByChannel.{property.Name}: en text krävs");
            }
            else
            {
                texts[channel] = property.Value.GetString()!;
            }
        }

        return texts;
    }

    private static void CheckLetters(IReadOnlyList<HallandCondition> conditions, List<string> problems)
    {
        var expected = 'a';
        foreach (var condition in conditions)
        {
            if (condition.Letter != expected.ToString())
            {
                problems.Add($"$.conditions ({condition.Id}).letter: '{expected}' väntades (villkoren a–k i källans ordning)");
            }

            if (!condition.Quote.StartsWith(condition.Letter + ")", StringComparison.Ordinal))
            {
                problems.Add($"$.conditions ({condition.Id}).quote: ska börja med '{condition.Letter})' som i källan");
            }

            expected++;
        }
    }

    private static List<T> List<T>(JsonElement root, string name, List<string> problems, Func<JsonElement, string, T?> parse)
        where T : class
    {
        var items = new List<T>();
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"$.{name}: en lista krävs");
            return items;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.{name}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: ett objekt krävs");
            }
            else if (parse(element, path) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static string Id(JsonElement element, string path, List<string> problems, HashSet<string> ids)
    {
        var id = RequiredString(element, "id", path, problems);
        if (id.Length > 0 && !ids.Add(id))
        {
            problems.Add($"{path}.id: '{id}' förekommer två gånger");
        }

        if (id.Length > 0 && !id.All(char.IsAsciiLetterOrDigit))
        {
            problems.Add($"{path}.id: endast bokstäverna a–z, A–Z och siffror (id:t används i API:t och adressen)");
        }

        return id;
    }

    private static HallandChannel? Channel(JsonElement owner, string name, string path, List<string> problems)
    {
        var text = RequiredString(owner, name, path, problems);
        if (HallandWireNames.TryParseChannel(text, out var channel))
        {
            return channel;
        }

        if (text.Length > 0)
        {
            problems.Add($"{path}.{name}: okänt kommunikationssätt '{text}' (tillåtna: {AllChannels})");
        }

        return null;
    }

    private static List<HallandChannel>? Channels(JsonElement owner, string name, string path, List<string> problems)
    {
        if (!owner.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}.{name}: en lista med kommunikationssätt krävs");
            return null;
        }

        var channels = new List<HallandChannel>();
        foreach (var value in array.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.String && HallandWireNames.TryParseChannel(value.GetString(), out var channel))
            {
                if (!channels.Contains(channel))
                {
                    channels.Add(channel);
                }
            }
            else
            {
                problems.Add($"{path}.{name}: otillåtet värde {value.GetRawText()} (tillåtna: {AllChannels})");
            }
        }

        return channels;
    }

    private static string AllChannels => string.Join(", ", Enum.GetValues<HallandChannel>().Select(HallandWireNames.Of));

    private static SourceReference Source(JsonElement owner, string name, string path, List<string> problems)
    {
        path = $"{path}.{name}";
        if (!owner.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: ett objekt med document och section krävs");
            return new SourceReference("", "");
        }

        CheckFields(element, ["document", "section"], path, problems);
        return new SourceReference(RequiredString(element, "document", path, problems), RequiredString(element, "section", path, problems));
    }

    private static void Require(string? value, string name, string what, string path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{path}.{name}: krävs för {what}");
        }
    }
}
