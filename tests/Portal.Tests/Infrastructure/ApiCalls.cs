using System.Net.Http.Json;

namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>Calls that must succeed: a failure shows the status and the problem details the API answered.</summary>
internal static class ApiCalls
{
    public static async Task<T> ReadAsync<T>(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var ct = Xunit.TestContext.Current.CancellationToken;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(ct))!;
    }

    public static async Task SendAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken)}");
    }
}
