using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>Checks what a deal points at: its stage (in its pipeline), account, contact and owner.</summary>
internal static class DealReferences
{
    /// <returns>The stage the deal goes to: the one named, else the first of the pipeline (else of the first pipeline).</returns>
    /// <exception cref="DomainValidationException">Every reference that does not fit, by field.</exception>
    public static async Task<PipelineStage> CheckAsync(PortalDbContext db, DealFields fields, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var stage = await StageAsync(db, fields, errors, cancellationToken);
        await CrmLookups.CheckAccountAsync(db, fields.AccountId, errors, cancellationToken);
        await CrmLookups.CheckContactAsync(db, fields.ContactId, errors, cancellationToken);
        await CrmLookups.CheckOwnerAsync(db, fields.OwnerId, errors, cancellationToken);
        if (stage is not null)
            DealValidator.CheckClose(errors, stage.Outcome, fields.CloseReason, stage.Name);
        if (errors.Count > 0 || stage is null)
            throw new DomainValidationException(errors);
        return stage;
    }

    private static async Task<PipelineStage?> StageAsync(PortalDbContext db, DealFields fields, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var stages = db.PipelineStages.AsNoTracking();
        if (fields.StageId is { } stageId)
        {
            var stage = await stages.FirstOrDefaultAsync(s => s.Id == stageId, cancellationToken);
            if (stage is null)
                CrmFieldRules.Add(errors, "stageId", $"There is no stage with id {stageId}: pick a stage of the pipeline.");
            else if (fields.PipelineId is { } pipelineId && stage.PipelineId != pipelineId)
                CrmFieldRules.Add(errors, "stageId", $"Stage '{stage.Name}' belongs to another pipeline: pick a stage of the deal's pipeline.");
            return stage;
        }

        var pipeline = fields.PipelineId ?? await db.Pipelines.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var first = pipeline is null ? null
            : await stages.Where(s => s.PipelineId == pipeline).OrderBy(s => s.Position).FirstOrDefaultAsync(cancellationToken);
        if (first is null)
            CrmFieldRules.Add(errors, "pipelineId", fields.PipelineId is null
                ? "There is no pipeline yet: create one under Deals → Pipelines first."
                : $"There is no pipeline with id {fields.PipelineId} (or it has no stages).");
        return first;
    }
}
