using System.Reflection;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.AspNetCore.Components;

namespace Distanskontakt.Web.Tests.Architecture;

/// <summary>
/// ADR-007: pages and components reach the log through use cases. No component injects the log's writer or queries,
/// a context factory or an entity, and none takes an entity (or the query row that holds one) as a parameter.
/// </summary>
public sealed class PageDependencyTests
{
    private static readonly Type[] _components =
        [.. typeof(Program).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)];

    [Fact]
    public void ShouldFindTheComponentsThatUsedToReachTheLog()
    {
        // A guard for the guard: the reflection below sees the pages this rule is about.
        Assert.Contains(_components, t => t.Name == "Admin");
        Assert.Contains(_components, t => t.Name == "RegisterDecisionDialog");
        Assert.Contains(_components, t => t.Name == "Forhandsgranskning");
        Assert.Contains(_components, t => t.Name == "DecisionDetail");
    }

    [Fact]
    public void ShouldInjectNoLogWriterQueriesOrEntityFrameworkType()
    {
        var offending = Members<InjectAttribute>().Where(m => IsForbidden(m.Type)).Select(m => m.Name).ToArray();

        Assert.Empty(offending);
        Assert.True(IsForbidden(typeof(RegistrationLog)) && IsForbidden(typeof(RegistrationLogQueries)) && IsForbidden(typeof(DistanskontaktDbContext)));
        Assert.True(IsForbidden(typeof(IAbandonedAttemptCounter)));
    }

    [Fact]
    public void ShouldTakeNoEntityOrQueryRowAsAParameter()
    {
        var offending = Members<ParameterAttribute>().Concat(Members<CascadingParameterAttribute>())
            .Where(m => Mentions(m.Type, t => t.Namespace == typeof(LoggedDecision).Namespace || t == typeof(LogRow)))
            .Select(m => m.Name)
            .ToArray();

        Assert.Empty(offending);
    }

    /// <summary>Any type of the log or persistence (its interfaces too: the use cases hold them), or anything of EF Core.</summary>
    private static bool IsForbidden(Type type) => Mentions(type, t =>
        (t.Namespace ?? "").StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
        || t.Namespace == typeof(RegistrationLog).Namespace
        || (t.Namespace ?? "").StartsWith(typeof(DistanskontaktDbContext).Namespace!, StringComparison.Ordinal));

    private static bool Mentions(Type type, Func<Type, bool> test) =>
        test(type) || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, test)));

    private static IEnumerable<(string Name, Type Type)> Members<TAttribute>() where TAttribute : Attribute =>
        from component in _components
        from property in component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        where property.GetCustomAttribute<TAttribute>() is not null
        select ($"{component.Name}.{property.Name}", property.PropertyType);
}
