using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>The pipelines and their stages: listed in order, created, reshaped (a stage with deals cannot go) and deleted.</summary>
public sealed class PipelineService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<Pipeline>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var pipelines = await db.Pipelines.AsNoTracking().Include(p => p.Stages).OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var pipeline in pipelines)
            pipeline.Stages = [.. pipeline.Stages.OrderBy(s => s.Position)];
        return pipelines;
    }

    /// <exception cref="DomainValidationException">A name or stage is wrong, or another pipeline has the name.</exception>
    public async Task<Pipeline> CreateAsync(PipelineFields input, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var fields = PipelineValidator.Normalize(input, new PipelineInUse(await NamesAsync(db, null, cancellationToken), []));
        var position = await db.Pipelines.MaxAsync(p => (int?)p.Position, cancellationToken) ?? -1;
        var pipeline = new Pipeline { Name = fields.Name!, Position = position + 1, CreatedAt = time.GetUtcNow().UtcDateTime };
        Reshape(pipeline, fields.Stages!);
        db.Pipelines.Add(pipeline);
        await db.SaveChangesAsync(cancellationToken);
        return pipeline;
    }

    /// <summary>Renames the pipeline and replaces its stages: listed ids are kept (renamed, reordered), new ones added, missing ones removed.</summary>
    /// <exception cref="DomainValidationException">
    /// A field is wrong, another pipeline has the name, an id is not one of its stages, or a removed stage still has deals: all of them in one refusal.
    /// </exception>
    public async Task<Pipeline> UpdateAsync(long id, PipelineFields input, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var pipeline = await db.Pipelines.Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        var stageIds = pipeline.Stages.Select(s => s.Id).ToList();
        var deals = await db.Deals.Where(d => stageIds.Contains(d.StageId)).GroupBy(d => d.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.StageId, g => g.Count, cancellationToken);
        var stages = pipeline.Stages.Select(s => new StageInUse(s.Id, s.Name, deals.GetValueOrDefault(s.Id))).ToList();
        var fields = PipelineValidator.Normalize(input, new PipelineInUse(await NamesAsync(db, id, cancellationToken), stages));
        pipeline.Name = fields.Name!;
        Reshape(pipeline, fields.Stages!);
        await db.SaveChangesAsync(cancellationToken);
        pipeline.Stages = [.. pipeline.Stages.OrderBy(s => s.Position)];
        return pipeline;
    }

    /// <exception cref="DomainValidationException">The pipeline still has deals.</exception>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var pipeline = await db.Pipelines.Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        var deals = await db.Deals.CountAsync(d => d.PipelineId == id, cancellationToken);
        if (deals > 0)
            throw new DomainValidationException("pipeline", $"'{pipeline.Name}' still has {deals} deal{(deals == 1 ? "" : "s")}: move or delete them before deleting the pipeline.");
        db.Pipelines.Remove(pipeline);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Reshape(Pipeline pipeline, IReadOnlyList<StageFields> stages)
    {
        var existing = pipeline.Stages.ToDictionary(s => s.Id);
        pipeline.Stages.RemoveAll(s => stages.All(f => f.Id != s.Id));
        for (var i = 0; i < stages.Count; i++)
        {
            var f = stages[i];
            var stage = f.Id is { } stageId ? existing[stageId] : new PipelineStage { Name = f.Name! };
            (stage.Name, stage.Position, stage.Probability, stage.Outcome) = (f.Name!, i, f.Probability, f.Outcome);
            if (f.Id is null)
                pipeline.Stages.Add(stage);
        }
    }

    private static async Task<List<string>> NamesAsync(PortalDbContext db, long? exceptId, CancellationToken cancellationToken) =>
        await db.Pipelines.Where(p => p.Id != exceptId).Select(p => p.Name).ToListAsync(cancellationToken);

    private static NotFoundException NotFound(long id) => new($"There is no pipeline with id {id}.");
}
