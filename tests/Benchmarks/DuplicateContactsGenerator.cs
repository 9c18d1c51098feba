using System.Globalization;
using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Benchmarks;

/// <summary>
/// Deterministic CRM contacts for the duplicates benchmark: people with skewed (realistic) name frequencies, so that
/// many different people share a name, plus re-entered copies of some of them carrying what CRM duplicates carry:
/// nicknames, typos, abbreviated street types, swapped day and month, reformatted or changed phones and emails,
/// missing fields, and now and then a new address. <see cref="PersonOf"/> is the truth: contact id → person.
/// </summary>
public sealed class DuplicateContactsGenerator
{
    private const string GivenNames =
        "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
        "steven andrew joshua kenneth kevin brian george timothy ronald jason edward jeffrey ryan jacob gary nicholas eric " +
        "jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis " +
        "jerry tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl jeremy keith roger gerald ethan " +
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley " +
        "kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy " +
        "angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel catherine carolyn " +
        "janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith";

    private const string Surnames =
        "smith jones williams brown wilson taylor johnson white martin anderson thompson nguyen thomas walker harris lee " +
        "ryan robinson kelly king davis wright evans roberts green hall wood jackson clarke patel khan lewis james phillips " +
        "mitchell campbell turner parker edwards collins stewart morris murphy cook rogers morgan peterson cooper reed " +
        "bailey bell gomez kelly howard ward cox diaz richardson watson brooks wood james bennett gray mendoza ruiz hughes " +
        "price sanders myers long ross foster jimenez powell jenkins perry russell sullivan fisher henderson coleman " +
        "simmons patterson jordan reynolds hamilton graham kim gonzales alexander ramos wallace griffin west cole hayes " +
        "chavez gibson bryant ellis stevens murray ford marshall owens mcdonald harrison ruiz kennedy wells alvarez " +
        "woods mendoza castillo olson webb washington tucker freeman burns henry vasquez snyder simpson crawford " +
        "jimenez porter mason shaw gordon wagner hunter romero hicks dixon hunt palmer robertson black holmes stone " +
        "meyer boyd mills warren fox rose rice moreno schmidt fernandez lowe nichols bradley grant ferguson dunn obrien";

    private const string StreetNames =
        "high church station park victoria george king queen albert william elizabeth main mill bridge school railway " +
        "forest hill lake river ocean beach garden spring north south east west oak maple cedar pine wattle banksia " +
        "acacia bottlebrush jacaranda waratah kurrajong heritage pacific botany military pitt macquarie collins " +
        "swanston bourke flinders chapel sydney melbourne hobart darwin perth adelaide brisbane canning stirling";

    private static readonly (string Full, string Short)[] StreetTypes =
    [
        ("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Place", "Pl"), ("Crescent", "Cres"), ("Drive", "Dr"),
        ("Court", "Ct"), ("Lane", "Ln"), ("Parade", "Pde"), ("Terrace", "Tce"),
    ];

    private const string Suburbs =
        "carlton:3053:vic,fitzroy:3065:vic,richmond:3121:vic,brunswick:3056:vic,st kilda:3182:vic,geelong:3220:vic," +
        "ballarat:3350:vic,bendigo:3550:vic,manly:2095:nsw,bondi:2026:nsw,parramatta:2150:nsw,newtown:2042:nsw," +
        "chatswood:2067:nsw,penrith:2750:nsw,wollongong:2500:nsw,newcastle:2300:nsw,toowong:4066:qld," +
        "southport:4215:qld,cairns:4870:qld,townsville:4810:qld,toowoomba:4350:qld,ipswich:4305:qld," +
        "fremantle:6160:wa,subiaco:6008:wa,joondalup:6027:wa,bunbury:6230:wa,glenelg:5045:sa,norwood:5067:sa," +
        "elizabeth:5112:sa,hobart:7000:tas,launceston:7250:tas,darwin:0800:nt,palmerston:0830:nt,belconnen:2617:act";

    private static readonly Dictionary<string, string[]> NicknamesOf = new(StringComparer.Ordinal)
    {
        ["joseph"] = ["joe", "joey"], ["william"] = ["bill", "will"], ["robert"] = ["bob", "rob"], ["richard"] = ["rick", "rich"],
        ["james"] = ["jim", "jimmy"], ["john"] = ["jack", "johnny"], ["michael"] = ["mike", "mick"], ["thomas"] = ["tom"],
        ["charles"] = ["charlie"], ["edward"] = ["ed", "ted"], ["anthony"] = ["tony"], ["daniel"] = ["dan", "danny"],
        ["christopher"] = ["chris"], ["elizabeth"] = ["liz", "beth"], ["margaret"] = ["maggie", "peggy"],
        ["katherine"] = ["kate", "kathy"], ["jennifer"] = ["jen", "jenny"], ["rebecca"] = ["becky"], ["samuel"] = ["sam"],
        ["samantha"] = ["sam"], ["nicholas"] = ["nick"], ["stephen"] = ["steve"], ["andrew"] = ["andy"], ["matthew"] = ["matt"],
        ["benjamin"] = ["ben"], ["alexander"] = ["alex"], ["patricia"] = ["pat", "trish"], ["victoria"] = ["vicky"],
    };

    private static readonly string[] EmailDomains = ["gmail.com", "outlook.com", "yahoo.com.au", "bigpond.com", "icloud.com", "hotmail.com"];

    private readonly string[] _given = GivenNames.Split(' ');
    private readonly string[] _surnames = Surnames.Split(' ');
    private readonly string[] _streets = StreetNames.Split(' ');
    private readonly string[][] _suburbs = Suburbs.Split(',').Select(s => s.Split(':')).ToArray();
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private readonly Random _random;
    private readonly ContactTypos _typos;

    public DuplicateContactsGenerator(int contacts, double duplicateShare, int seed)
    {
        _random = new Random(seed);
        _typos = new ContactTypos(_random);
        var duplicates = (int)(contacts * duplicateShare);
        var people = new List<PersonRecord>(contacts);
        var personOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < contacts - duplicates; p++)
        {
            people.Add(NewPerson($"c{p:D6}"));
            personOf[people[p].Id] = p;
        }

        var all = new List<PersonRecord>(people);
        for (var d = 0; d < duplicates; d++)
        {
            // Squared uniform: a few people were entered many times, most only twice (Febrl uses a Zipf spread too).
            var person = (int)(people.Count * Math.Pow(_random.NextDouble(), 2));
            var copy = Modify(people[person] with { Id = $"d{d:D6}" }, people[person].GivenName!);
            all.Add(copy);
            personOf[copy.Id] = person;
        }

        // Shuffled, so that a record's position says nothing about whether it is a copy.
        Contacts = [.. all.OrderBy(_ => _random.Next())];
        PersonOf = personOf;
    }

    public IReadOnlyList<PersonRecord> Contacts { get; }

    public IReadOnlyDictionary<string, int> PersonOf { get; }

    /// <summary>Pairs of contacts that are one person: Σ k(k − 1) ÷ 2 over the people entered k times.</summary>
    public long TruePairs => PersonOf.Values.GroupBy(p => p).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);

    private PersonRecord NewPerson(string id)
    {
        // Squared uniform again: common names are common, so many different people share one.
        var given = _given[(int)(_given.Length * Math.Pow(_random.NextDouble(), 2))];
        var surname = _surnames[(int)(_surnames.Length * Math.Pow(_random.NextDouble(), 2))];
        var suburb = _suburbs[_random.Next(_suburbs.Length)];
        var birth = new DateOnly(1940, 1, 1).AddDays(_random.Next(365 * 65));
        return new PersonRecord(
            id,
            GivenName: Title(given),
            Surname: Title(surname),
            Address1: NewStreet(),
            Suburb: Title(suburb[0]),
            Postcode: suburb[1],
            State: suburb[2].ToUpperInvariant(),
            DateOfBirth: _random.NextDouble() < 0.7 ? birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Phone: _random.NextDouble() < 0.8 ? NewPhone() : null,
            Email: _random.NextDouble() < 0.85 ? NewEmail(given, surname) : null);
    }

    private string NewStreet()
    {
        var type = StreetTypes[_random.Next(StreetTypes.Length)].Full;
        return $"{1 + _random.Next(250)} {Title(_streets[_random.Next(_streets.Length)])} {type}";
    }

    private string NewPhone() => $"04{_random.Next(10)}{_random.Next(10)} {_random.Next(1000):D3} {_random.Next(1000):D3}";

    /// <summary>Built from the name like real addresses, but never one already taken: a mailbox has one owner.</summary>
    private string NewEmail(string given, string surname)
    {
        var domain = EmailDomains[_random.Next(EmailDomains.Length)];
        var local = _random.Next(3) switch
        {
            0 => $"{given}.{surname}",
            1 => $"{given[0]}{surname}",
            _ => $"{surname}{given[0]}",
        };
        var email = $"{local}@{domain}";
        while (!_emails.Add(email))
            email = $"{local}{_random.Next(1, 1000)}@{domain}";
        return email;
    }

    /// <summary>One to three of the changes a contact re-entered by someone else typically shows.</summary>
    private PersonRecord Modify(PersonRecord copy, string formalGiven)
    {
        // Street types are abbreviated in half of the copies on top of the other changes: the commonest difference.
        if (_random.NextDouble() < 0.5)
            copy = copy with { Address1 = Abbreviate(copy.Address1!) };
        for (int changes = 1 + _random.Next(3), c = 0; c < changes; c++)
        {
            copy = _random.Next(10) switch
            {
                0 when NicknamesOf.TryGetValue(formalGiven.ToLowerInvariant(), out var nicks) =>
                    copy with { GivenName = Title(nicks[_random.Next(nicks.Length)]) },
                0 or 1 => copy with { GivenName = _typos.Apply(copy.GivenName), Surname = copy.Surname!.ToUpperInvariant() },
                2 => copy with { Surname = _typos.Apply(copy.Surname) },
                3 => copy with { Address1 = _typos.Apply(copy.Address1), Suburb = _typos.Apply(copy.Suburb) },
                4 => copy with { DateOfBirth = _typos.Date(copy.DateOfBirth) },
                5 => copy with { Phone = _random.Next(3) == 0 ? NewPhone() : _typos.Phone(copy.Phone) },
                6 => copy with { Email = _random.Next(3) == 0 ? NewEmail(copy.GivenName!.ToLowerInvariant(), copy.Surname!.ToLowerInvariant()) : _typos.Apply(copy.Email) },
                7 => copy with { Postcode = _typos.Digit(copy.Postcode), Phone = null },
                8 => copy with { Email = null, DateOfBirth = null },
                _ => Moved(copy),
            };
        }

        return copy;
    }

    /// <summary>A new address and phone: the person moved between the two entries.</summary>
    private PersonRecord Moved(PersonRecord copy)
    {
        var suburb = _suburbs[_random.Next(_suburbs.Length)];
        return copy with { Address1 = NewStreet(), Suburb = Title(suburb[0]), Postcode = suburb[1], State = suburb[2].ToUpperInvariant() };
    }

    private static string Abbreviate(string address)
    {
        foreach (var (full, abbreviation) in StreetTypes)
        {
            if (address.EndsWith(" " + full, StringComparison.Ordinal))
                return address[..^full.Length] + abbreviation;
        }

        return address;
    }

    private static string Title(string value) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value);
}
