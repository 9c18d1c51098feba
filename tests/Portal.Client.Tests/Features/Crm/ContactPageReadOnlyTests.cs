using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class ContactPageReadOnlyTests() : CrmTestBase(PortalRoles.Executive)
{
    [Fact]
    public void Render_Executive_SeesTheContactButNoEditOrDelete()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com"));

        var cut = RenderWithPopovers<ContactPage>(("Id", 1L));

        cut.WaitForElement("[data-testid='contact-title']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='contact-edit']"));
        Assert.Empty(cut.FindAll("[data-testid='contact-delete']"));
    }
}
