using Lodestar.Domain.Destinations.Mailchimp;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using static Lodestar.Domain.Tests.Destinations.SenderTesting.SenderHost;

namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

public sealed class MailchimpDeletionTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteAsync_EveryEmailOfThePerson_MembersDeletedPermanentlyAndOneNeverThereIsFine()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        var sender = host.Get<MailchimpSender>();
        await sender.SendAsync(mailchimp.Target(), Batch(Add(1, "ada@example.com"), Add(2, "bob@example.com")), Ct);
        await sender.SendAsync(mailchimp.Target(), Batch(Remove(3, "ada@example.com")), Ct);

        var outcome = await sender.DeleteAsync(mailchimp.Target(), Deletion(("email", ["Ada@Example.com", "ada.old@example.com"])), Ct);

        Assert.True(outcome.Done, outcome.Response);
        Assert.Equal(["bob@example.com"], mailchimp.Members.Values.Select(m => m.EmailAddress));
        Assert.Equal(2, mailchimp.MemberRequests.Count(r => r.Method == "POST"));
        Assert.Contains("deleted the member permanently", outcome.Response);
    }

    [Fact]
    public async Task DeleteAsync_MailchimpDown_FailedWithItsAnswer()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        mailchimp.FailAll = 503;

        var outcome = await host.Get<MailchimpSender>().DeleteAsync(mailchimp.Target(), Deletion(("email", ["ada@example.com"])), Ct);

        Assert.False(outcome.Done);
        Assert.Contains("503", outcome.Response);
    }

    [Fact]
    public async Task DeleteAsync_NoEmail_NothingToDeleteAndNoRequest()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var outcome = await host.Get<MailchimpSender>().DeleteAsync(mailchimp.Target(), Deletion(("phone", ["+15550102233"])), Ct);

        Assert.True(outcome.Done);
        Assert.Equal(0, mailchimp.Requests);
    }

    private static PersonDeletion Deletion(params (string Type, string[] Values)[] identifiers) =>
        new(9, "deletion-9-destination-7", DateTime.UtcNow,
            [new DeletedMember(40, identifiers.ToDictionary(i => i.Type, i => (IReadOnlyList<string>)i.Values))]);
}
