using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Hosting;

/// <summary>The static sign-in form over plain HTTP, as a browser without JavaScript would post it.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class SignInTests(SharedPortal portal)
{
    private const string UserAgent = "sign-in-tests/1.0";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/events", "/events")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    public async Task SignIn_ValidCredentials_RedirectsOnlyWithinTheSite(string returnUrl, string expected)
    {
        var (status, location, _) = await SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(expected, new Uri(portal.BaseAddress, location).AbsolutePath);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnTheFormWithAMessage()
    {
        var (status, _, body) = await SignInAsync(PortalFactory.AdminEmail, "not-the-password", "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("do not match an account", body);
    }

    [Fact]
    public async Task SignIn_FailureThenSuccess_EachAuditedWithWhoAndFromWhere()
    {
        var stranger = $"nobody.{Guid.NewGuid():N}@example.com";
        using var admin = portal.CreateApiClient();
        var before = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?take=1", Ct))!.Items.FirstOrDefault()?.Id ?? 0;

        await SignInAsync(stranger, "not-the-password", "/");
        await SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword, "/");

        var entries = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?action=auth.*", Ct))!.Items.Where(e => e.Id > before).Reverse().ToList();
        var adminId = (await admin.GetFromJsonAsync<List<UserDto>>("/api/settings/users", Ct))!.Single(u => u.Email == PortalFactory.AdminEmail).Id;
        Assert.Equal(
            [("auth.sign-in-failed", (string?)null, stranger, (string?)"wrong email or password"), ("auth.sign-in", adminId, PortalFactory.AdminEmail, null)],
            entries.Select(e => (e.Action, e.ActorId, e.ActorName, e.Detail)));
        Assert.All(entries, e => Assert.Equal(("user", "127.0.0.1", UserAgent), (e.ActorType, e.IpAddress, e.UserAgent)));
    }

    private async Task<(HttpStatusCode Status, string? Location, string Body)> SignInAsync(string email, string password, string returnUrl)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = portal.BaseAddress };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        var page = await client.GetStringAsync("/Account/Login?returnUrl=" + Uri.EscapeDataString(returnUrl), Ct);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

        using var response = await client.PostAsync("/Account/Login?returnUrl=" + Uri.EscapeDataString(returnUrl), form, Ct);
        return (response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
