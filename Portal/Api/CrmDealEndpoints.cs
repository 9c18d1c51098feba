using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/crm/deals</c> and <c>/api/crm/pipelines</c>: every role reads, Sales and Admin write.</summary>
public static class CrmDealEndpoints
{
    public static void MapDeals(RouteGroupBuilder deals)
    {
        deals.MapGet("/", async (IDealsApi api, string? q, long? pipelineId, long? stageId, string? ownerId, long? accountId, long? contactId,
                    string? outcome, string? sort, int? offset, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await api.ListAsync(new DealQuery(q, pipelineId, stageId, ownerId, accountId, contactId, outcome, sort, offset ?? 0, limit ?? 25), ct)))
            .WithSummary("Deals: q searches the name; filter by pipelineId, stageId, ownerId, accountId, contactId, outcome (open, won, lost); sort by name, amount, closeDate, stage, createdAt or updatedAt ('-' for descending).")
            .ProducesValidationProblem();
        deals.MapGet("/board", async (IDealsApi api, long? pipelineId, CancellationToken ct) => TypedResults.Ok(await api.BoardAsync(pipelineId, ct)))
            .WithSummary("A pipeline (the first when none is given) as a board: each stage with its deal count, value per currency and most recently moved deals.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        deals.MapGet("/{id:long}", async (long id, IDealsApi api, CancellationToken ct) => TypedResults.Ok(await api.GetAsync(id, ct)))
            .WithSummary("One deal, with its pipeline, stage, account, contact and owner names and the probability in force.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        deals.MapGet("/{id:long}/history", async (long id, IDealsApi api, CancellationToken ct) => TypedResults.Ok(await api.HistoryAsync(id, ct)))
            .WithSummary("Who changed which field of the deal (stage moves included), when; newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var edit = deals.MapGroup("/").RequireAuthorization(PortalPolicies.EditCrm);
        edit.MapPost("/", async (DealInput input, IDealsApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/deals/{created.Id}", created);
            })
            .WithSummary("Creates a deal (amount in minor units; without a stage it starts in the pipeline's first) and emits a 'Deal Created' event.")
            .ProducesValidationProblem();
        edit.MapPut("/{id:long}", async (long id, DealInput input, IDealsApi api, CancellationToken ct) => TypedResults.Ok(await api.UpdateAsync(id, input, ct)))
            .WithSummary("Replaces the deal's fields; a stage change is recorded and emitted as 'Deal Stage Changed' (and 'Deal Won' or 'Deal Lost').")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapPost("/{id:long}/move", async (long id, DealMoveInput move, IDealsApi api, CancellationToken ct) => TypedResults.Ok(await api.MoveAsync(id, move, ct)))
            .WithSummary("Moves the deal to another stage of its pipeline (the board's drag and drop); a lost stage needs a reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapDelete("/{id:long}", async (long id, IDealsApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the deal (its events stay).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapPipelines(RouteGroupBuilder pipelines)
    {
        pipelines.MapGet("/", async (IPipelinesApi api, CancellationToken ct) => TypedResults.Ok(await api.ListAsync(ct)))
            .WithSummary("The deal pipelines in order, each with its stages (name, probability, outcome open/won/lost).");
        var edit = pipelines.MapGroup("/").RequireAuthorization(PortalPolicies.EditCrm);
        edit.MapPost("/", async (PipelineInput input, IPipelinesApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/pipelines/{created.Id}", created);
            })
            .WithSummary("Creates a pipeline with its stages in board order.")
            .ProducesValidationProblem();
        edit.MapPut("/{id:long}", async (long id, PipelineInput input, IPipelinesApi api, CancellationToken ct) => TypedResults.Ok(await api.UpdateAsync(id, input, ct)))
            .WithSummary("Renames and reshapes a pipeline: listed stage ids are kept, stages without id added, missing ones removed (only when they have no deals).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapDelete("/{id:long}", async (long id, IPipelinesApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes a pipeline that has no deals.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
