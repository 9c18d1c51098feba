using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Views;

/// <summary>People's saved list views: each sees their own and the shared ones, saves new ones and deletes their own.</summary>
public sealed class SavedViewService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <param name="kind">The list (<c>contacts</c>…); empty for every list.</param>
    /// <param name="userId">Who is looking: their views first, then those others shared; each by name.</param>
    /// <exception cref="DomainValidationException">The kind is not a CRM list.</exception>
    public async Task<IReadOnlyList<SavedViewItem>> ListAsync(string? kind, string userId, CancellationToken cancellationToken)
    {
        SavedViewKind? list = null;
        if (!string.IsNullOrWhiteSpace(kind))
            list = SavedViewNames.Parse(kind) ?? throw new DomainValidationException("kind", $"'{kind.Trim()}' is not a CRM list: use {SavedViewNames.Choices}.");
        await using var db = contexts.CreateDbContext();
        var views = await db.SavedViews.AsNoTracking().Where(v => (list == null || v.Kind == list) && (v.OwnerUserId == userId || v.Shared))
            .ToListAsync(cancellationToken);
        var owners = await CrmLookups.OwnerNamesAsync(db, views.Select(v => v.OwnerUserId), cancellationToken);
        return views.Select(v => new SavedViewItem(v, v.OwnerUserId == userId, owners.GetValueOrDefault(v.OwnerUserId)))
            .OrderByDescending(v => v.Mine).ThenBy(v => v.View.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.View.Id).ToList();
    }

    /// <param name="ownerUserId">Who saves it: the view is theirs.</param>
    /// <exception cref="DomainValidationException">A field is wrong, the query does not parse for the list, or the owner has a view of that name.</exception>
    public async Task<SavedViewItem> CreateAsync(SavedViewFields input, string ownerUserId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var existing = await db.SavedViews.Where(v => v.OwnerUserId == ownerUserId).Select(v => new { v.Kind, v.Name }).ToListAsync(cancellationToken);
        var fields = SavedViewValidator.Normalize(input, existing.Select(v => (v.Kind, v.Name)).ToList());
        var view = new SavedView
        {
            Kind = fields.Kind, Name = fields.Name, OwnerUserId = ownerUserId, Shared = fields.Shared, Query = fields.Query,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.SavedViews.Add(view);
        await db.SaveChangesAsync(cancellationToken);
        var owner = await CrmLookups.OwnerNamesAsync(db, [ownerUserId], cancellationToken);
        return new SavedViewItem(view, true, owner.GetValueOrDefault(ownerUserId));
    }

    /// <exception cref="NotFoundException">There is no such view.</exception>
    /// <exception cref="ForbiddenException">It is someone else's.</exception>
    public async Task DeleteAsync(long id, string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no saved view with id {id}.");
        if (view.OwnerUserId != userId)
            throw new ForbiddenException($"'{view.Name}' is someone else's view: only the person who saved it can delete it.");
        db.SavedViews.Remove(view);
        await db.SaveChangesAsync(cancellationToken);
    }
}
