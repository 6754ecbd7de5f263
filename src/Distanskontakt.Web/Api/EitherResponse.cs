using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api;

/// <summary>
/// The OpenAPI description of a 200 that is one of two bodies (complete or incomplete). ApiExplorer keeps one type
/// per status code through .NET 10 (the last in the handler's <c>Results&lt;…&gt;</c>), so the other is added here.
/// </summary>
internal static class EitherResponse
{
    public static async Task DescribeAsync<TOther>(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.TryGetValue("200", out var response) != true
            || response!.Content?.TryGetValue("application/json", out var media) != true
            || media!.Schema is not { } described
            || context.Document is not { } document)
        {
            return;
        }

        var name = typeof(TOther).Name;
        var schema = await context.GetOrCreateSchemaAsync(typeof(TOther), null, cancellationToken);
        document.AddComponent(name, schema);
        media.Schema = new OpenApiSchema { AnyOf = [new OpenApiSchemaReference(name, document), described] };
    }
}
