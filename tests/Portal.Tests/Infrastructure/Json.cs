using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lodestar.Portal.Tests.Infrastructure;

internal static class Json
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken))!;

    public static StringContent Body(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static JsonContent Of<T>(T value) => JsonContent.Create(value, options: JsonSerializerOptions.Web);
}
