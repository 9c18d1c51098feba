using Bunit;
using Lodestar.Portal.Client.Features.Economics.Settings;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Economics;

public sealed class EconomicsSettingsReadOnlyTests() : EconomicsTestBase(PortalRoles.Executive)
{
    [Fact]
    public void NotAdmin_SeesTheSettingsReadOnlyWithoutSaveOrRun()
    {
        var cut = RenderPage<EconomicsSettingsPage>();

        cut.WaitForElement("[data-testid='settings-read-only']", Patience);
        Assert.Equal("USD", cut.Find("input[data-testid='settings-currency']").GetAttribute("value"));
        Assert.True(cut.Find("input[data-testid='settings-currency']").HasAttribute("readonly"));
        Assert.All(cut.FindAll("input[data-testid='rule-channel']"), i => Assert.True(i.HasAttribute("readonly")));
        Assert.Empty(cut.FindAll("[data-testid='settings-save']"));
        Assert.Empty(cut.FindAll("[data-testid='rate-add'], [data-testid='rate-remove'], [data-testid='rule-add'], [data-testid='rule-remove']"));
        Assert.Empty(cut.FindAll("[data-testid='economics-run']"));
    }
}
