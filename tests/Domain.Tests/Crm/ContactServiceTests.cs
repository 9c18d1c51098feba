using System.Text.Json;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Events;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Crm;

public sealed class ContactServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    [Fact]
    public async Task CreateAsync_ValidContact_StoresItWithHistoryAndItsIdentifyMessage()
    {
        await using var host = await DomainTestHost.StartAsync();
        var owner = await CrmHarness.AddUserAsync(host, "Sam");
        var account = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "sam", Ct);

        var view = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane() with { AccountId = account.Account.Id, OwnerId = owner }, "sam", Ct);

        Assert.Equal(("Jane", "Acme", "Sam"), (view.Contact.FirstName, view.AccountName, view.OwnerName));
        var history = await host.Get<ContactService>().HistoryAsync(view.Contact.Id, Ct);
        Assert.Contains(history, h => h is { Field: "email", OldValue: null, NewValue: "jane@example.com", ChangedBy: "sam" });
        Assert.Contains(history, h => h is { Field: "account", NewValue: "Acme" });
        await using var db = host.CreateDbContext();
        var message = await db.Events.SingleAsync(e => e.MessageId == $"crm-contact-{view.Contact.Id}-v1", Ct);
        Assert.Equal((MessageType.Identify, "jane@example.com", "+44 20 7946 0958"), (message.Type, message.Email, message.Phone));
        using var raw = JsonDocument.Parse(message.Raw);
        Assert.Equal("Doe", raw.RootElement.GetProperty("traits").GetProperty("lastName").GetString());
        Assert.Equal("12 High St", raw.RootElement.GetProperty("traits").GetProperty("address").GetProperty("street").GetString());
        Assert.Contains(CrmMessages.ContactIdType, message.ExternalIds);
        Assert.Equal(1, await db.EventDailyCounts.Where(c => c.Type == MessageType.Identify).SumAsync(c => c.Count, Ct));
    }

    [Fact]
    public async Task UpdateAsync_ChangedEmail_RecordsOnlyThatChangeAndANewMessage()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<ContactService>();
        var created = await service.CreateAsync(CrmHarness.Jane(), "sam", Ct);

        await service.UpdateAsync(created.Contact.Id, CrmHarness.Jane("jane.doe@example.com"), "kim", Ct);

        var history = await service.HistoryAsync(created.Contact.Id, Ct);
        var latest = history[0];
        Assert.Equal(("email", "jane@example.com", "jane.doe@example.com", "kim"), (latest.Field, latest.OldValue, latest.NewValue, latest.ChangedBy));
        Assert.Single(history, h => h.ChangedBy == "kim");
        await using var db = host.CreateDbContext();
        Assert.Equal(2, await db.Events.CountAsync(e => e.MessageId.StartsWith($"crm-contact-{created.Contact.Id}-"), Ct));
    }

    [Fact]
    public async Task CreateAsync_InvalidFields_NamesThemAndStoresNothing()
    {
        await using var host = await DomainTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            host.Get<ContactService>().CreateAsync(new ContactFields { FirstName = "Jane", Email = "nope", AccountId = 99 }, "sam", Ct));

        Assert.Equal(["email", "lastName"], error.Errors.Keys.Order());
        await using var db = host.CreateDbContext();
        Assert.Equal((0, 0), (await db.Contacts.CountAsync(Ct), await db.Events.CountAsync(Ct)));
    }

    [Fact]
    public async Task CreateAsync_UnknownAccountOwnerOrTakenExternalId_NamesEachAndStoresNothing()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<ContactService>();
        await service.CreateAsync(CrmHarness.Jane() with { ExternalId = "HS-1" }, "sam", Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.CreateAsync(CrmHarness.Jane("other@example.com") with { ExternalId = "HS-1", AccountId = 42, OwnerId = "nobody" }, "sam", Ct));

        Assert.Equal(["accountId", "externalId", "ownerId"], error.Errors.Keys.Order());
        Assert.Contains("HS-1", error.Errors["externalId"][0]);
        await using var db = host.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(Ct));
    }

    [Fact]
    public async Task FindDuplicatesAsync_SameEmailOrNameAndBirthDate_ListsThemWithReasons()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<ContactService>();
        var jane = await service.CreateAsync(CrmHarness.Jane(), "sam", Ct);
        await service.CreateAsync(CrmHarness.Jane("someone@example.com") with { FirstName = "Bob", Phone = null }, "sam", Ct);

        var found = await service.FindDuplicatesAsync(CrmHarness.Jane("JANE@example.com") with { Phone = null }, null, Ct);
        var self = await service.FindDuplicatesAsync(CrmHarness.Jane(), jane.Contact.Id, Ct);

        var match = Assert.Single(found);
        Assert.Equal((jane.Contact.Id, "same email, same name and birth date"), (match.Id, match.Reason));
        Assert.Empty(self);
    }

    [Fact]
    public async Task DeleteAsync_Contact_RemovesItAndRecordsWhoDeletedIt()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<ContactService>();
        var jane = await service.CreateAsync(CrmHarness.Jane(), "sam", Ct);

        await service.DeleteAsync(jane.Contact.Id, "kim", Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(jane.Contact.Id, Ct));
        await using var db = host.CreateDbContext();
        Assert.True(await db.CrmFieldChanges.AnyAsync(c => c.RecordId == jane.Contact.Id && c.Field == "deleted" && c.ChangedBy == "kim", Ct));
    }
}
