namespace Lodestar.Domain.Privacy.Deletion;

public sealed record DeletionPage(IReadOnlyList<DeletionView> Items, int Total);
