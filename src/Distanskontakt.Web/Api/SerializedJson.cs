using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Distanskontakt.Web.Api;

/// <summary>
/// A 200 JSON answer serialised once and then written as the same bytes (<see cref="DecisionResponseCache"/>), typed by
/// what it holds so that the OpenAPI document describes it as <c>Ok&lt;TValue&gt;</c> would.
/// </summary>
public sealed class SerializedJson<TValue> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly byte[] _body;

    public SerializedJson(TValue value, JsonSerializerOptions options)
    {
        Options = options;
        _body = JsonSerializer.SerializeToUtf8Bytes(value, options);
    }

    /// <summary>The options the bytes were written with; a cache serialises again when the app's options change.</summary>
    public JsonSerializerOptions Options { get; }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.Body.WriteAsync(_body).AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TValue), ["application/json"]));
}
