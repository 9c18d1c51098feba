using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Evaluation;
using Lodestar.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// Hand-built <see cref="SegmentData"/> stored as rows in real SQLite workspaces (one each, made on first use), so that
/// the compiled query can be asked the same questions as the evaluator. Profiles that do not live are stored as merged
/// into the first living one; segments 1 to 3 exist.
/// </summary>
public sealed class HandBuiltDatabases : IAsyncDisposable
{
    private readonly Dictionary<SegmentData, Task<DomainTestHost>> _hosts = new(ReferenceEqualityComparer.Instance);

    internal Task<DomainTestHost> ForAsync(SegmentData data, DateTime now)
    {
        lock (_hosts)
        {
            if (!_hosts.TryGetValue(data, out var host))
                _hosts[data] = host = StoreAsync(data, now);
            return host;
        }
    }

    private static async Task<DomainTestHost> StoreAsync(SegmentData data, DateTime now)
    {
        var host = await DomainTestHost.StartAsync(configure: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        await using var db = host.CreateDbContext();
        var survivor = data.Living.Order().FirstOrDefault();
        var ids = data.Living.Concat(data.Traits.Select(t => t.ProfileId)).Concat(data.Events.Select(e => e.ProfileId))
            .Concat(data.ContactLinks.Select(l => l.ProfileId)).Concat(data.Members.Select(m => m.ProfileId)).Distinct();
        db.Profiles.AddRange(ids.Select(id => new Profile { Id = id, MergedIntoId = data.Living.Contains(id) ? null : survivor }));
        db.ProfileTraits.AddRange(data.Traits.Select(t => new ProfileTrait { ProfileId = t.ProfileId, Key = t.Key, Value = t.Value, MessageId = "m" }));
        db.SegmentEvents.AddRange(data.Events);
        db.ProfileIdentifiers.AddRange(data.ContactLinks.Select(l => new ProfileIdentifier { Type = CrmMessages.ContactIdType, Value = l.ContactId, ProfileId = l.ProfileId }));
        db.CrmAccounts.AddRange(data.Accounts.Select(a => new Account
        {
            Id = a.Id, Name = a.Name, Domain = a.Domain, Industry = a.Industry, Country = a.Country, Employees = a.Employees,
        }));
        db.Contacts.AddRange(data.Contacts.Select(c => new Contact { Id = c.Id, FirstName = "F", LastName = "L", AccountId = c.AccountId, OwnerId = c.OwnerId }));
        db.Deals.AddRange(data.Deals.Select(d => new Deal { Name = "D", Currency = "USD", PipelineId = 1, StageId = d.StageId, ContactId = d.ContactId }));
        db.CrmTickets.AddRange(data.Tickets.Select(t => new Ticket { Subject = "T", CreatedBy = "test", Status = t.Status, ContactId = t.ContactId }));
        db.Segments.AddRange(Enumerable.Range(1, 3).Select(id => new Segment { Id = id, Name = $"S{id}", CreatedBy = "test", UpdatedBy = "test" }));
        await db.SaveChangesAsync(SegmentWorld.Ct);
        db.SegmentMembers.AddRange(data.Members.Select(m => new SegmentMember { SegmentId = m.SegmentId, ProfileId = m.ProfileId }));
        await db.SaveChangesAsync(SegmentWorld.Ct);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
            await (await host).DisposeAsync();
    }
}
