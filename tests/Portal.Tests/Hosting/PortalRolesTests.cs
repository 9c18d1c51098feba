using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Tests.Hosting;

/// <summary>Portal.Client may not reference Domain, so it keeps its own copy of the role names.</summary>
public sealed class PortalRolesTests
{
    [Fact]
    public void All_ClientAndDomain_NameTheSameRolesInTheSameOrder()
    {
        Assert.Equal(PortalRoleNames.All, PortalRoles.All);
        Assert.All(PortalRoles.All, role => Assert.NotEmpty(PortalRoles.Describe(role)));
    }
}
