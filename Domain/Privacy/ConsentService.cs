using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy;

/// <summary>Records consent decisions made through the API or the CRM, and reads a profile's consent.</summary>
public sealed class ConsentService(
    IDbContextFactory<PortalDbContext> contexts, ConsentCategoryService categories, IdentityRulesService rules, TimeProvider time)
{
    public const int MaxHistory = 500;

    /// <param name="reference">The contact id or the user who recorded it.</param>
    /// <exception cref="DomainValidationException">A field is missing or the category is not configured; nothing was recorded.</exception>
    public async Task<ConsentChange> RecordAsync(ConsentInput input, ConsentSource source, string? reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.IdentifierType))
            throw new DomainValidationException("identifierType", "Give the identifier type (email, user_id, anonymous_id, phone, …).");
        if (string.IsNullOrWhiteSpace(input.IdentifierValue))
            throw new DomainValidationException("identifierValue", "Give the identifier value.");
        var category = input.Category?.Trim().ToLowerInvariant();
        var configured = await categories.GetAsync(cancellationToken);
        if (category is null || !configured.Contains(category))
            throw new DomainValidationException("category",
                $"'{input.Category}' is not a consent category of this workspace; use one of: {string.Join(", ", configured)} (Settings → Privacy).");
        if (input.Granted is not { } granted)
            throw new DomainValidationException("granted", "Say whether consent is granted (true) or withdrawn (false).");
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(await rules.GetAsync(cancellationToken)));
        // Normalised as identity resolution does, so the decision attaches to the profile holding that identifier.
        var key = extractor.KeyOf(input.IdentifierType.Trim().ToLowerInvariant(), input.IdentifierValue)
            ?? throw new DomainValidationException("identifierValue", $"'{input.IdentifierValue}' is not a usable {input.IdentifierType} (blocked or malformed).");
        var change = new ConsentChange
        {
            IdentifierType = key.Type, IdentifierValue = key.Value, Category = category, Granted = granted,
            OccurredAt = time.GetUtcNow().UtcDateTime, Source = source,
            Reference = reference is { Length: > ConsentLimits.ReferenceLength } ? reference[..ConsentLimits.ReferenceLength] : reference,
        };
        await using var db = contexts.CreateDbContext();
        db.ConsentChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        return change;
    }

    /// <summary>
    /// An opt-in or opt-out made on a CRM contact, keyed by the contact's own identifier (<c>crm_contact_id</c>): every
    /// contact has one, it survives edits of the email, and identity resolution links it to the person's profile.
    /// </summary>
    /// <exception cref="NotFoundException">No contact has this id.</exception>
    /// <exception cref="DomainValidationException">The category is not configured; nothing was recorded.</exception>
    public async Task<ConsentChange> RecordForContactAsync(long contactId, string? category, bool? granted, string? by, CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            if (!await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
                throw new NotFoundException($"There is no contact {contactId}.");
        }

        var id = contactId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await RecordAsync(new ConsentInput(Crm.CrmMessages.ContactIdType, id, category, granted), ConsentSource.Crm,
            by is null ? $"contact {id}" : $"contact {id} by {by}", cancellationToken);
    }

    /// <exception cref="NotFoundException">No profile has this id.</exception>
    public async Task<ProfileConsent> ForProfileAsync(long profileId, CancellationToken cancellationToken)
    {
        var configured = await categories.GetAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        if (!await db.Profiles.AnyAsync(p => p.Id == profileId, cancellationToken))
            throw new NotFoundException($"There is no profile {profileId}.");
        var history = await (from c in db.ConsentChanges.AsNoTracking()
                             join i in db.ProfileIdentifiers on new { T = c.IdentifierType, V = c.IdentifierValue } equals new { T = i.Type, V = i.Value }
                             where i.ProfileId == profileId
                             orderby c.OccurredAt descending, c.Id descending
                             select c).Take(MaxHistory).ToListAsync(cancellationToken);
        return new ProfileConsent(CurrentOf(history, configured), history);
    }

    /// <param name="newestFirst">Changes ordered newest first, as the history is.</param>
    public static IReadOnlyList<ConsentState> CurrentOf(IReadOnlyList<ConsentChange> newestFirst, IReadOnlyList<string> configured)
    {
        var latest = newestFirst.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.First());
        var states = configured.Select(category => latest.TryGetValue(category, out var c)
            ? new ConsentState(category, true, c.Granted, c.OccurredAt, c.Source, c.Reference)
            : new ConsentState(category, true, null, null, null, null)).ToList();
        states.AddRange(latest.Values.Where(c => !configured.Contains(c.Category)).OrderBy(c => c.Category, StringComparer.Ordinal)
            .Select(c => new ConsentState(c.Category, false, c.Granted, c.OccurredAt, c.Source, c.Reference)));
        return states;
    }
}
