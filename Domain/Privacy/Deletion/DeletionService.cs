using Lodestar.Domain.Audit;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Privacy.Subjects;
using Lodestar.Domain.Privacy.Suppression;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// Processes a deletion request (the body of the privacy-deletion job): locates the person, suppresses every identifier
/// (so ingestion drops their messages from then on), erases every store (<see cref="FootprintEraser"/>), sweeps once more
/// for messages that arrived meanwhile, asks the destinations to delete, and completes the receipt. Safe to run again:
/// a completed request is left alone; an interrupted one continues from its plan, and what is gone stays gone.
/// </summary>
public sealed class DeletionService(
    IDbContextFactory<PortalDbContext> contexts, SubjectFootprintService subjects, IdentityResolutionService identity, IdentityRulesService rules,
    SuppressionService suppression, FootprintEraser eraser, DestinationDeletionService destinations, AuditService audit, TimeProvider time)
{
    private const string Actor = "privacy-deletion";

    /// <exception cref="NotFoundException">There is no such request.</exception>
    public async Task<DeletionView> ProcessAsync(long requestId, string? jobId, IJobProgress? progress, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, cancellationToken);
        if (request.Status == DeletionStatus.Completed)
            return DeletionView.Of(request);
        var receipt = DeletionReceipt.Parse(request.Receipt);
        receipt = receipt with { StartedAt = receipt.StartedAt ?? Now };
        await SaveAsync(requestId, r =>
        {
            r.Status = DeletionStatus.Running;
            r.StartedAt = Now;
            r.JobId = jobId ?? r.JobId;
            r.Error = null;
        }, receipt, cancellationToken);
        try
        {
            await ReportAsync(progress, 0.05, "Bringing identity resolution up to date", cancellationToken);
            await CatchUpIdentityAsync(cancellationToken);
            var (plan, erased) = await identity.ExcludingRunsAsync(() => EraseAsync(request, receipt, progress, cancellationToken), cancellationToken);
            receipt = erased;
            for (var i = 0; i < plan.Destinations.Count; i++)
            {
                await ReportAsync(progress, 0.85 + 0.1 * i / plan.Destinations.Count, $"Asking destination {i + 1} of {plan.Destinations.Count} to delete", cancellationToken);
                var planned = plan.Destinations[i];
                if (receipt.Destinations.FirstOrDefault(d => d.DestinationId == planned.DestinationId)?.Status is DestinationDeletionStatus.Done or DestinationDeletionStatus.NotSupported)
                    continue;
                receipt = receipt.With(await destinations.SendAsync(requestId, planned, cancellationToken));
                await SaveAsync(requestId, _ => { }, receipt, cancellationToken);
            }

            receipt = receipt with { CompletedAt = Now };
            await SaveAsync(requestId, r =>
            {
                r.Status = DeletionStatus.Completed;
                r.CompletedAt = Now;
                // Nothing of the person stays with the request: the hint and the hash (as on the suppression list) do.
                r.IdentifierValue = null;
                r.Plan = null;
            }, receipt, cancellationToken);
            await audit.RecordAsync(SystemActor, AuditActions.DeletionCompleted, Target(request), Summary(receipt), CancellationToken.None);
            await ReportAsync(progress, 1, $"Deleted: {receipt.RowsRemoved:N0} rows", cancellationToken);
            return DeletionView.Of(await LoadAsync(requestId, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await SaveAsync(requestId, r =>
            {
                r.Status = DeletionStatus.Failed;
                r.Error = ex.Message.Length > 2_000 ? ex.Message[..2_000] : ex.Message;
            }, null, CancellationToken.None);
            await audit.RecordAsync(SystemActor, AuditActions.DeletionFailed, Target(request), ex.Message, CancellationToken.None);
            throw;
        }
    }

    private static AuditActor SystemActor => new(AuditActor.System, null, Actor, null, null);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static AuditTarget Target(DeletionRequest request) => AuditTarget.Of("deletion-request", request.Id, $"{request.IdentifierType} {request.Hint}");

    private static string Summary(DeletionReceipt receipt) =>
        $"{receipt.RowsRemoved:N0} rows removed or anonymised ({receipt.Profiles} profiles, {receipt.Contacts} contacts, {receipt.Events:N0} events); "
        + $"{receipt.Suppressed.Count} identifiers suppressed; destinations: "
        + (receipt.Destinations.Count == 0 ? "none held the person" : string.Join(", ", receipt.Destinations.GroupBy(d => d.Status).Select(g => $"{g.Count()} {g.Key}")));

    private async Task<(DeletionPlan Plan, DeletionReceipt Receipt)> EraseAsync(DeletionRequest request, DeletionReceipt receipt, IJobProgress? progress,
        CancellationToken cancellationToken)
    {
        var seed = new IdentifierKey(request.IdentifierType, request.IdentifierValue
            ?? throw new InvalidOperationException($"Deletion request {request.Id} has no identifier value left to process."));
        var region = (await rules.GetAsync(cancellationToken)).DefaultRegion;
        var plan = DeletionPlan.Parse(request.Plan);
        var footprint = await subjects.LocateAsync(seed, plan?.Identifiers ?? [], cancellationToken);
        plan = await PlanAsync(plan, footprint, cancellationToken);
        receipt = await SuppressAsync(request.Id, plan, receipt, receipt.Events > 0 ? receipt.Events : footprint.EventIds.Count, cancellationToken);
        await ReportAsync(progress, 0.2, $"Erasing {footprint.EventIds.Count:N0} events", cancellationToken);
        receipt = await eraser.EraseAsync(request.Id, request.Mode, plan, footprint, region, receipt, cancellationToken);

        // Messages accepted before the suppression took effect and committed since: one more pass takes them too.
        var sweep = await subjects.LocateAsync(seed, plan.Identifiers, cancellationToken);
        if (!sweep.IsEmpty)
        {
            plan = await PlanAsync(plan, sweep, cancellationToken);
            receipt = await SuppressAsync(request.Id, plan, receipt, receipt.Events + sweep.EventIds.Count, cancellationToken);
            receipt = await eraser.EraseAsync(request.Id, request.Mode, plan, sweep, region, receipt, cancellationToken);
        }

        receipt = receipt with { ErasedAt = Now };
        await SaveAsync(request.Id, _ => { }, receipt, cancellationToken);
        return (plan, receipt);
    }

    /// <summary>The plan so far joined with what the footprint shows now; destinations are planned while their rows still exist.</summary>
    private async Task<DeletionPlan> PlanAsync(DeletionPlan? plan, SubjectFootprint footprint, CancellationToken cancellationToken)
    {
        var identifiers = (plan?.Identifiers ?? []).Union(footprint.Identifiers).ToList();
        var profiles = (plan?.ProfileIds ?? []).Union(footprint.ProfileIds).Order().ToList();
        var planned = (plan?.Destinations ?? []).ToList();
        foreach (var found in await destinations.PlanAsync(footprint.ProfileIds, footprint.Identifiers, cancellationToken))
        {
            var index = planned.FindIndex(p => p.DestinationId == found.DestinationId);
            if (index < 0)
                planned.Add(found);
            else
                planned[index] = found with { Members = [.. planned[index].Members.Concat(found.Members).DistinctBy(m => m.ProfileId)] };
        }

        return new DeletionPlan(identifiers, profiles, (plan?.ContactIds ?? []).Union(footprint.ContactIds).Order().ToList(),
            (plan?.PersonalValues ?? []).Union(footprint.PersonalValues, StringComparer.OrdinalIgnoreCase).ToList(),
            plan?.AnonymousId ?? "erased-" + Guid.NewGuid().ToString("N"), planned);
    }

    /// <summary>Puts every identifier on the suppression list and keeps the plan, in one transaction; ingestion on this node drops them at once.</summary>
    /// <param name="events">The person's events found so far (a run after an interruption counts the first run's).</param>
    private async Task<DeletionReceipt> SuppressAsync(long requestId, DeletionPlan plan, DeletionReceipt receipt, int events, CancellationToken cancellationToken)
    {
        var before = receipt;
        await using var db = contexts.CreateDbContext();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var added = await SuppressionService.StageAsync(db, plan.Identifiers, requestId, Actor, Now, cancellationToken);
            var hints = before.Suppressed.ToList();
            hints.AddRange(plan.Identifiers.Where(i => !hints.Any(h => h.Type == i.Type && h.Hint == IdentifierMasker.Mask(i)))
                .Select(i => new SuppressedHint(i.Type, IdentifierMasker.Mask(i), added.Contains(i))));
            receipt = before with
            {
                Profiles = Math.Max(before.Profiles, plan.ProfileIds.Count),
                Contacts = Math.Max(before.Contacts, plan.ContactIds.Count),
                Events = events,
                Suppressed = hints,
            };
            await db.SaveChangesAsync(cancellationToken);
            await db.DeletionRequests.Where(r => r.Id == requestId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Plan, plan.ToJson()).SetProperty(r => r.Receipt, receipt.ToJson()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        await suppression.ReloadAsync(cancellationToken);
        return receipt;
    }

    private async Task CatchUpIdentityAsync(CancellationToken cancellationToken)
    {
        try
        {
            await identity.RunIncrementalAsync(null, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Another node's run moved the watermark meanwhile: what it has not resolved, the footprint reads as the tail.
        }
    }

    private async Task<DeletionRequest> LoadAsync(long requestId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DeletionRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
               ?? throw new NotFoundException($"There is no deletion request with id {requestId}.");
    }

    private async Task SaveAsync(long requestId, Action<DeletionRequest> change, DeletionReceipt? receipt, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var request = await db.DeletionRequests.FirstAsync(r => r.Id == requestId, cancellationToken);
        change(request);
        if (receipt is not null)
            request.Receipt = receipt.ToJson();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task ReportAsync(IJobProgress? progress, double fraction, string message, CancellationToken cancellationToken) =>
        progress?.ReportAsync(fraction, message, cancellationToken) ?? Task.CompletedTask;
}
