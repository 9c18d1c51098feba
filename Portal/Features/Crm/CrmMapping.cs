using Lodestar.Domain.Crm;
using Lodestar.Portal.Client.Features.Crm;

namespace Lodestar.Portal.Features.Crm;

/// <summary>Between the CRM's domain records and the client contract's DTOs.</summary>
internal static class CrmMapping
{
    public static ContactDto ToDto(ContactView v)
    {
        var c = v.Contact;
        return new ContactDto(c.Id, c.ExternalId, c.FirstName, c.LastName, c.Email, c.Phone, c.BirthDate, c.Street, c.StreetNumber, c.City,
            c.Postcode, c.State, c.Country, c.AccountId, v.AccountName, c.OwnerId, v.OwnerName, c.CreatedAt, c.UpdatedAt, v.ProfileId);
    }

    public static AccountDto ToDto(AccountView v)
    {
        var a = v.Account;
        return new AccountDto(a.Id, a.Name, a.Domain, a.Industry, a.Country, a.Employees, a.OwnerId, v.OwnerName, v.ContactCount, a.CreatedAt, a.UpdatedAt);
    }

    public static TicketDto ToDto(TicketView v)
    {
        var t = v.Ticket;
        return new TicketDto(t.Id, t.Subject, t.Description, TicketNames.Of(t.Status), TicketNames.Of(t.Priority), t.AssigneeId, v.AssigneeName,
            t.ContactId, v.ContactName, t.AccountId, v.AccountName, t.CreatedAt, t.UpdatedAt, t.SolvedAt, t.DueAt, v.Breached, t.CreatedBy);
    }

    public static ContactFields ToFields(ContactInput i) => new()
    {
        ExternalId = i.ExternalId, FirstName = i.FirstName, LastName = i.LastName, Email = i.Email, Phone = i.Phone, BirthDate = i.BirthDate,
        Street = i.Street, StreetNumber = i.StreetNumber, City = i.City, Postcode = i.Postcode, State = i.State, Country = i.Country,
        AccountId = i.AccountId, OwnerId = i.OwnerId,
    };

    public static AccountFields ToFields(AccountInput i) => new()
    {
        Name = i.Name, Domain = i.Domain, Industry = i.Industry, Country = i.Country, Employees = i.Employees, OwnerId = i.OwnerId,
    };

    public static TicketFields ToFields(TicketInput i) => new()
    {
        Subject = i.Subject, Description = i.Description, Status = i.Status, Priority = i.Priority, AssigneeId = i.AssigneeId,
        ContactId = i.ContactId, AccountId = i.AccountId,
    };

    public static FieldChangeDto ToDto(CrmFieldChange c) => new(c.Field, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt);

    public static PossibleDuplicateDto ToDto(PossibleDuplicate d) => new(d.Id, d.Name, d.Reason);
}
