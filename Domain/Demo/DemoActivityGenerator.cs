using Lodestar.Domain.Crm.Activities;

namespace Lodestar.Domain.Demo;

/// <summary>
/// What the demo's sales and support team logged over the last two months: notes, calls with their outcomes, emails and
/// meetings with contacts; demos and follow-ups on deals; replies on tickets; and tasks, done, open and overdue, most of
/// them assigned to the workspace's users. The same seed, records, users and time give the same activities.
/// </summary>
public static class DemoActivityGenerator
{
    private static readonly string[] Notes =
    [
        "**Budget** confirmed for next quarter.\n- Decision by the end of the month\n- Wants single sign-on",
        "Met at the *Retail Tech* meetup: interested in the Team plan for their support staff.",
        "Prefers email to calls; best reached after 2 pm.",
        "Uses a competitor today, **contract ends in March**.\n- Unhappy with their reporting\n- Needs a CSV import",
        "Asked for a case study like theirs: sent [our customer stories](https://example.com/customers).",
    ];

    private static readonly string[] Calls = ["Intro call", "Follow-up call", "Pricing questions", "Check-in", "Renewal call"];
    private static readonly string[] Emails = ["Welcome aboard", "Your quote", "Re: invoice", "Notes from our meeting", "Trial extension"];
    private static readonly string[] Meetings = ["Product demo", "Kick-off", "Quarterly review", "Onboarding workshop"];
    private static readonly string[] Tasks = ["Send the proposal", "Call back about pricing", "Share the security questionnaire", "Book the kick-off", "Follow up on the trial"];

    /// <param name="deals">Deal id, its contact, name and whether it is still open.</param>
    /// <param name="tickets">Ticket id, its contact, subject and whether support still works on it.</param>
    /// <param name="users">Who tasks can be assigned to; none leaves them unassigned.</param>
    public static IReadOnlyList<DemoActivity> Generate(IReadOnlyList<long> contacts, IReadOnlyList<(long Id, long? ContactId, string Name, bool Open)> deals,
        IReadOnlyList<(long Id, long? ContactId, string Name, bool Open)> tickets, IReadOnlyList<string> users, int seed, DateTime now)
    {
        var activities = new List<DemoActivity>();
        for (var i = 0; i < contacts.Count; i++)
            activities.AddRange(ForContact(new ActivityFields { ContactId = contacts[i] }, new Random(seed + 15_485_863 * (i + 1)), users, now));
        for (var i = 0; i < deals.Count; i++)
            activities.AddRange(ForDeal(deals[i], new Random(seed + 32_452_843 * (i + 1)), users, now));
        for (var i = 0; i < tickets.Count; i++)
            activities.AddRange(ForTicket(tickets[i], new Random(seed + 49_979_687 * (i + 1)), users, now));
        return activities;
    }

    private static IEnumerable<DemoActivity> ForContact(ActivityFields on, Random random, IReadOnlyList<string> users, DateTime now)
    {
        if (random.NextDouble() < 0.3)
            yield return Logged(on with { Kind = "note", Body = Pick(random, Notes), OccurredAt = Past(random, now) });
        for (var calls = random.NextDouble() switch { < 0.55 => 0, < 0.9 => 1, _ => 2 }; calls > 0; calls--)
            yield return Logged(Call(on, Pick(random, Calls), random, now));
        if (random.NextDouble() < 0.2)
            yield return Logged(on with { Kind = "email", Subject = Pick(random, Emails), Direction = Pick(random, ["inbound", "outbound"]), OccurredAt = Past(random, now) });
        if (random.NextDouble() < 0.1)
            yield return Logged(Meeting(on, Pick(random, Meetings), random, now));
        if (random.NextDouble() < 0.15)
            yield return Task(on, Pick(random, Tasks), random, users, now);
    }

    private static IEnumerable<DemoActivity> ForDeal((long Id, long? ContactId, string Name, bool Open) deal, Random random, IReadOnlyList<string> users, DateTime now)
    {
        var on = new ActivityFields { DealId = deal.Id, ContactId = deal.ContactId };
        if (random.NextDouble() < 0.5)
            yield return Logged(Meeting(on, $"Demo for {deal.Name}", random, now));
        if (random.NextDouble() < 0.25)
            yield return Logged(Call(on, "Negotiation call", random, now));
        if (deal.Open && random.NextDouble() < 0.35)
            yield return Task(on, $"Follow up on {deal.Name}", random, users, now);
    }

    private static IEnumerable<DemoActivity> ForTicket((long Id, long? ContactId, string Name, bool Open) ticket, Random random, IReadOnlyList<string> users, DateTime now)
    {
        var on = new ActivityFields { TicketId = ticket.Id, ContactId = ticket.ContactId };
        if (random.NextDouble() < 0.6)
            yield return Logged(on with { Kind = "email", Subject = $"Re: {ticket.Name}", Direction = "inbound", OccurredAt = Past(random, now, days: 14) });
        if (ticket.Open && random.NextDouble() < 0.3)
            yield return Task(on, "Check back with the customer", random, users, now);
    }

    private static ActivityFields Call(ActivityFields on, string subject, Random random, DateTime now)
    {
        var outcome = random.NextDouble() switch { < 0.55 => "connected", < 0.75 => "no-answer", < 0.92 => "left-voicemail", _ => "busy" };
        return on with
        {
            Kind = "call", Subject = subject, Direction = random.NextDouble() < 0.7 ? "outbound" : "inbound", Outcome = outcome,
            DurationMinutes = outcome == "connected" ? random.Next(5, 46) : random.Next(0, 2),
            Body = outcome == "connected" ? "Walked through the plan and the next steps." : null, OccurredAt = Past(random, now),
        };
    }

    private static ActivityFields Meeting(ActivityFields on, string subject, Random random, DateTime now) =>
        on with { Kind = "meeting", Subject = subject, DurationMinutes = Pick(random, [30, 45, 60]), OccurredAt = Past(random, now) };

    /// <summary>Due from ten days ago to two weeks ahead, at 17:00; past ones mostly done, the rest overdue.</summary>
    private static DemoActivity Task(ActivityFields on, string subject, Random random, IReadOnlyList<string> users, DateTime now)
    {
        var due = now.Date.AddDays(random.Next(-10, 15)).AddHours(17);
        var written = Min(due.AddDays(-random.Next(2, 10)), now.AddHours(-1));
        var done = due < now ? random.NextDouble() < 0.5 : random.NextDouble() < 0.1;
        var assignee = users.Count > 0 && random.NextDouble() < 0.8 ? users[random.Next(users.Count)] : null;
        return new DemoActivity(on with { Kind = "task", Subject = subject, DueAt = due, AssigneeId = assignee, OccurredAt = written },
            done ? Min(written.AddHours(random.Next(1, 72)), now) : null);
    }

    /// <summary>A working hour of one of the last <paramref name="days"/> days, on the quarter hour.</summary>
    private static DateTime Past(Random random, DateTime now, int days = 60) =>
        Min(now.Date.AddDays(-random.Next(0, days)).AddHours(random.Next(8, 18)).AddMinutes(15 * random.Next(4)), now.AddMinutes(-5));

    private static DemoActivity Logged(ActivityFields fields) => new(fields, null);

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
