using Distanskontakt.Domain.Vocabulary;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Distanskontakt.Infrastructure.Persistence;

/// <summary>Stores a closed vocabulary by its wire name (<c>pmo</c>, <c>phone</c>), never by its number.</summary>
internal static class WireNameConverter
{
    public static readonly ValueConverter<RegistrationSystem, string> System = new(v => WireNames.Of(v), v => Parse<RegistrationSystem>(v));

    public static readonly ValueConverter<Channel, string> Channel = new(v => WireNames.Of(v), v => Parse<Channel>(v));

    public static readonly ValueConverter<RegistrationKind, string> Registration = new(v => WireNames.Of(v), v => Parse<RegistrationKind>(v));

    public static readonly ValueConverter<RuleSetStatus, string> RuleSetStatus = new(v => WireNames.Of(v), v => Parse<RuleSetStatus>(v));

    public static readonly ValueConverter<RuleSetKind, string> RuleSetKind = new(v => WireNames.Of(v), v => Parse<RuleSetKind>(v));

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        WireNames.TryParse<TEnum>(text, out var value)
            ? value
            : throw new InvalidOperationException($"Unknown {typeof(TEnum).Name} '{text}' in the database.");
}
