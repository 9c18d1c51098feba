using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// Hands out the real contexts, but deletes the segment from another connection just before the first of them saves:
/// the race of a refresh that starts as its segment is deleted, made certain.
/// </summary>
internal sealed class DeletingBeforeFirstSave(IDbContextFactory<PortalDbContext> inner, long segmentId) : IDbContextFactory<PortalDbContext>
{
    public bool Deleted { get; private set; }

    public PortalDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        if (!Deleted)
            db.SavingChanges += DeleteOnce;
        return db;
    }

    private void DeleteOnce(object? sender, SavingChangesEventArgs e)
    {
        ((DbContext)sender!).SavingChanges -= DeleteOnce;
        if (Deleted)
            return;
        Deleted = true;
        using var other = inner.CreateDbContext();
        other.Segments.Where(s => s.Id == segmentId).ExecuteDelete();
    }
}
