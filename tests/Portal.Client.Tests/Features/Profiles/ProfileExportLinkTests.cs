using Bunit;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

/// <summary>The profile page's "Download data (JSON)" (subject access) is an admin's action only.</summary>
public sealed class ProfileExportLinkTests
{
    [Fact]
    public async Task ProfilePage_Admin_DownloadLinkToTheProfilesExport()
    {
        await using var page = new Page(PortalRoles.Admin);

        var cut = page.Open(7);

        var link = cut.Find("[data-testid='profile-export']");
        Assert.Equal(("a", "api/profiles/7/export", true), (link.TagName.ToLowerInvariant(), link.GetAttribute("href"), link.HasAttribute("download")));
        Assert.Contains("Download data (JSON)", link.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.Marketer)]
    [InlineData(PortalRoles.Executive)]
    [InlineData(PortalRoles.ProductManager)]
    [InlineData(PortalRoles.Sales)]
    public async Task ProfilePage_NotAnAdmin_NoDownloadLink(string role)
    {
        await using var page = new Page(role);

        var cut = page.Open(7);

        Assert.Empty(cut.FindAll("[data-testid='profile-export']"));
        Assert.DoesNotContain("Download data", cut.Markup, StringComparison.Ordinal);
    }

    private sealed class Page(string role) : ProfilesTestBase(role)
    {
        public IRenderedComponent<IComponent> Open(long id)
        {
            _profiles.Profiles[id] = FakeProfilesApi.Ann();
            var cut = RenderWithPopovers<ProfilePage>(("Id", id));
            cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);
            return cut;
        }
    }
}
