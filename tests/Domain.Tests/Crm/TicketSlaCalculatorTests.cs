using Lodestar.Domain.Crm;

namespace Lodestar.Domain.Tests.Crm;

public sealed class TicketSlaCalculatorTests
{
    private static readonly DateTime Created = new(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(TicketPriority.Urgent, 4)]
    [InlineData(TicketPriority.High, 24)]
    [InlineData(TicketPriority.Normal, 72)]
    [InlineData(TicketPriority.Low, 168)]
    public void DueAt_DefaultTargets_CreationPlusThePrioritysHours(TicketPriority priority, int hours)
    {
        var due = new TicketSlaCalculator(new TicketSlaOptions()).DueAt(Created, priority);

        Assert.Equal(Created.AddHours(hours), due);
    }

    [Fact]
    public void DueAt_ConfiguredTargets_UsesThem()
    {
        var calculator = new TicketSlaCalculator(new TicketSlaOptions { UrgentHours = 1.5, LowHours = 500 });

        Assert.Equal(Created.AddMinutes(90), calculator.DueAt(Created, TicketPriority.Urgent));
        Assert.Equal(Created.AddHours(500), calculator.DueAt(Created, TicketPriority.Low));
        Assert.Equal(Created.AddHours(24), calculator.DueAt(Created, TicketPriority.High));
    }

    [Theory]
    [InlineData(null, 3, false)]
    [InlineData(null, 4, false)]
    [InlineData(null, 5, true)]
    [InlineData(2, 9, false)]
    [InlineData(6, 9, true)]
    public void IsBreached_SolvedOrOpenAtAnHour_OnlyWhenPastTheDueTime(int? solvedHour, int nowHour, bool breached)
    {
        var due = Created.AddHours(4);
        var solvedAt = solvedHour is { } h ? Created.AddHours(h) : (DateTime?)null;

        Assert.Equal(breached, TicketSlaCalculator.IsBreached(due, solvedAt, Created.AddHours(nowHour)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(double.NaN, false)]
    [InlineData(0.25, true)]
    public void IsValid_UrgentTarget_OnlyPositiveHours(double hours, bool valid)
    {
        Assert.Equal(valid, new TicketSlaOptions { UrgentHours = hours }.IsValid());
    }
}
