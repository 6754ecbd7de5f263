using System.Text.Json;

namespace Distanskontakt.Web.Api;

/// <summary>
/// A request body the API reads by hand (<see cref="DecisionRequestReader"/>): made from the JSON object's fields by
/// exact name and the names given more than once, so that its validator can name every wrong field.
/// </summary>
public interface IJsonObjectRequest<TSelf>
    where TSelf : class
{
    static abstract TSelf FromFields(IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields);
}
