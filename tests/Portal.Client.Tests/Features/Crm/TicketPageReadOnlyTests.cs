using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class TicketPageReadOnlyTests() : CrmTestBase(PortalRoles.Executive)
{
    [Fact]
    public void Render_ReadOnlyRole_NoEditDeleteOrStatusButtons()
    {
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(4, "Printer jam"));

        var cut = RenderWithPopovers<TicketPage>(("Id", 4L));

        cut.WaitForElement("[data-testid='ticket-title']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='ticket-edit'], [data-testid='ticket-delete'], [data-testid='ticket-steps']"));
    }
}
