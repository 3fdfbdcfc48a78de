using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Platform.Bootstrap;

/// <summary>
/// A realistic demo company: a 1,536-unit residential estate, an office tower and a shopping mall, with
/// customers, staff, the 2025 holiday calendar and one user per role. Deterministic and idempotent: a
/// project or user that already exists is left alone.
/// </summary>
public static class DemoSeeder
{
    public sealed record DemoUser(string UserName, string DisplayName, string Role, string[] ProjectCodes, string? Alias = null);

    public static readonly IReadOnlyList<DemoUser> DemoUsers =
    [
        new("demo.admin", "周海峰", Roles.Admin, []),
        new("quality", "陈静怡", Roles.QualityManager, []),
        new("reviewer", "王立新", Roles.Reviewer, []),
        new("shopper", "刘晓雨", Roles.Shopper, [], "MS-017"),
        new("shopper2", "周雅琴", Roles.Shopper, [], "MS-023"),
        new("shopper3", "吴昊天", Roles.Shopper, [], "MS-031"),
        new("client", "赵明远", Roles.ClientViewer, ["CHY"]),
        new("pm", "孙国栋", Roles.ProjectManager, ["CHY"]),
        new("supervisor", "李慧敏", Roles.ServiceSupervisor, ["CHY", "JRZX"]),
        new("agent", "张雪", Roles.ServiceAgent, ["CHY"]),
        new("tech", "黄师傅", Roles.Technician, ["CHY"]),
    ];

    private static readonly string[] Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            .Select(c => c.ToString()).ToArray();

    private static readonly string[] GivenNames =
    [
        "建国", "秀英", "志强", "丽娟", "海燕", "伟", "芳", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞",
        "平", "刚", "桂英", "文", "辉", "玉兰", "鹏", "红梅", "晓东", "子涵", "雨桐", "浩然", "欣怡", "梓轩", "思远", "佳琪", "宇航", "婷婷",
        "俊杰", "晓丽", "国华", "淑珍", "德明", "春梅", "永红", "金凤", "建华", "丽华", "志刚", "小军",
    ];

    private static readonly string[] Companies =
    [
        "上海睿博信息科技有限公司", "华润置业咨询有限公司", "中金汇通投资管理有限公司", "上海启明律师事务所", "蓝海数字营销有限公司",
        "恒信会计师事务所", "远景新能源科技有限公司", "上海和悦医疗器械有限公司", "云帆物流供应链有限公司", "明德教育科技有限公司",
        "天成建筑设计研究院", "上海星辰互娱网络科技有限公司",
    ];

    private static readonly string[] Shops =
    [
        "星巴克", "优衣库", "海底捞", "屈臣氏", "名创优品", "喜茶", "周大福", "华为授权体验店", "盒马鲜生", "万达影城", "西西弗书店",
        "肯德基", "太平鸟", "李宁", "安踏", "小米之家", "绿茶餐厅", "外婆家", "丝芙兰", "无印良品",
    ];

    public static async Task<bool> SeedAsync(AppDbContext db, UserManager<AppUser> users)
    {
        var created = false;
        var rng = new Random(20251001);
        var residential = new Project
        {
            Name = "翠湖花园", Code = "CHY", Type = ProjectType.Residential, Address = "上海市闵行区七莘路 1888 弄",
            Latitude = 31.1125, Longitude = 121.3818, GeofenceRadiusMeters = 400,
        };
        created |= await AddProjectAsync(db, residential, rng, buildings: 12, entrances: 2, floors: 16, perFloor: 4, area: 98.5, occupancy: 0.88,
            customers: (unit, r) => ResidentialCustomers(unit, r));
        var office = new Project
        {
            Name = "金融中心大厦", Code = "JRZX", Type = ProjectType.Office, Address = "上海市浦东新区世纪大道 100 号",
            Latitude = 31.2353, Longitude = 121.5055, GeofenceRadiusMeters = 200,
        };
        created |= await AddProjectAsync(db, office, rng, buildings: 1, entrances: 1, floors: 30, perFloor: 8, area: 260, occupancy: 0.8,
            customers: (unit, r) => [Tenant(unit, r, Companies[r.Next(Companies.Length)], "企业租户")]);
        var mall = new Project
        {
            Name = "星河汇购物中心", Code = "XHH", Type = ProjectType.Commercial, Address = "上海市徐汇区漕溪北路 595 号",
            Latitude = 31.1889, Longitude = 121.4369, GeofenceRadiusMeters = 300, WorkingDays = WorkWeek.Everyday,
            WorkdayStart = new TimeOnly(10, 0), WorkdayEnd = new TimeOnly(22, 0),
        };
        created |= await AddProjectAsync(db, mall, rng, buildings: 1, entrances: 1, floors: 5, perFloor: 20, area: 180, occupancy: 0.9,
            customers: (unit, r) => [Tenant(unit, r, Shops[r.Next(Shops.Length)] + "（" + unit.Room + "）", "商户")]);

        var projects = await db.Projects.IgnoreQueryFilters().Where(p => p.Code == "CHY" || p.Code == "JRZX" || p.Code == "XHH")
            .ToDictionaryAsync(p => p.Code, p => p.Id);
        foreach (var demo in DemoUsers)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var user = new AppUser
            {
                UserName = demo.UserName, DisplayName = demo.DisplayName, AllProjects = demo.ProjectCodes.Length == 0,
                ShopperAlias = demo.Alias, PhoneNumber = Phone(rng), LockoutEnabled = true,
                Projects = demo.ProjectCodes.Select(c => new UserProject { ProjectId = projects[c] }).ToList(),
            };
            var result = await users.CreateAsync(user, Bootstrapper.DemoPassword);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, demo.Role);
            if (demo.Role == Roles.Technician)
            {
                db.Staff.Add(new Staff { ProjectId = projects["CHY"], Name = demo.DisplayName, Post = StaffPost.Engineering, Department = "工程部", Phone = user.PhoneNumber!, UserId = user.Id });
                await db.SaveChangesAsync();
            }
            created = true;
        }
        return created;
    }

    private static async Task<bool> AddProjectAsync(AppDbContext db, Project project, Random rng, int buildings, int entrances, int floors,
        int perFloor, double area, double occupancy, Func<Unit, Random, IEnumerable<Customer>> customers)
    {
        if (await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Code == project.Code)) return false;
        await using var tx = await db.Database.BeginTransactionAsync();
        project.CalendarDays = Holidays2025().ToList();
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        for (var b = 1; b <= buildings; b++)
        {
            var building = new Building
            {
                ProjectId = project.Id, Code = buildings == 1 ? "A" : b.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Name = buildings == 1 ? project.Type == ProjectType.Office ? "A座" : "主楼" : $"{b}号楼", Floors = floors,
            };
            db.Buildings.Add(building);
            await db.SaveChangesAsync();
            var units = OrganizationService.PlanUnits(building, entrances, floors, perFloor, area).ToList();
            foreach (var u in units)
            {
                u.FloorArea = Math.Round(area * (0.8 + rng.NextDouble() * 0.5), 1);
                u.IsOccupied = rng.NextDouble() < occupancy;
            }
            db.Units.AddRange(units);
            await db.SaveChangesAsync();
            foreach (var u in units.Where(u => u.IsOccupied))
                foreach (var c in customers(u, rng))
                {
                    c.ProjectId = project.Id;
                    c.Units = [new CustomerUnit { UnitId = u.Id }];
                    db.Customers.Add(c);
                }
            await db.SaveChangesAsync();
        }

        (StaffPost Post, string Department, int Count)[] staffing =
        [
            (StaffPost.Supervisor, "管理处", 2), (StaffPost.CustomerService, "客服中心", 4), (StaffPost.Butler, "客服中心", 3),
            (StaffPost.Engineering, "工程部", 5), (StaffPost.Gate, "秩序部", 4), (StaffPost.Security, "秩序部", 6),
            (StaffPost.Cleaning, "环境部", 6), (StaffPost.Greening, "环境部", 2),
        ];
        foreach (var (post, department, count) in staffing)
            for (var i = 0; i < count; i++)
                db.Staff.Add(new Staff { ProjectId = project.Id, Name = PersonName(rng), Post = post, Department = department, Phone = Phone(rng) });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return true;
    }

    private static IEnumerable<Customer> ResidentialCustomers(Unit unit, Random r)
    {
        var tags = new List<string>();
        if (r.NextDouble() < 0.04) tags.Add("独居老人");
        if (r.NextDouble() < 0.03) tags.Add("VIP");
        if (r.NextDouble() < 0.02) tags.Add("重点关注");
        var rented = r.NextDouble() < 0.15;
        yield return new Customer
        {
            Name = PersonName(r), Phone = Phone(r), Type = CustomerType.Owner, Tags = string.Join(",", tags),
            PreferredContact = r.NextDouble() < 0.6 ? ContactMethod.Phone : ContactMethod.WeChat,
        };
        if (rented)
            yield return new Customer { Name = PersonName(r), Phone = Phone(r), Type = CustomerType.Tenant, PreferredContact = ContactMethod.WeChat };
        else if (r.NextDouble() < 0.3)
            yield return new Customer { Name = PersonName(r), Phone = Phone(r), Type = CustomerType.Resident, PreferredContact = ContactMethod.Phone };
    }

    private static Customer Tenant(Unit unit, Random r, string company, string tag) => new()
    {
        Name = company, Phone = Phone(r), Type = CustomerType.Tenant, Tags = tag, PreferredContact = ContactMethod.Phone,
    };

    public static string PersonName(Random r) => Surnames[r.Next(Surnames.Length)] + GivenNames[r.Next(GivenNames.Length)];

    /// <summary>Fake mobile numbers in real prefixes; the middle digits are random.</summary>
    public static string Phone(Random r)
    {
        string[] prefixes = ["138", "139", "136", "137", "150", "151", "158", "159", "186", "187", "188", "177", "135", "189", "133"];
        return prefixes[r.Next(prefixes.Length)] + r.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>China's 2025 public holidays and 调休 make-up working days, as published by the State Council.</summary>
    public static IEnumerable<CalendarDay> Holidays2025()
    {
        static IEnumerable<CalendarDay> Off(string name, int m1, int d1, int m2, int d2)
        {
            for (var d = new DateOnly(2025, m1, d1); d <= new DateOnly(2025, m2, d2); d = d.AddDays(1))
                yield return new CalendarDay { Date = d, Kind = CalendarDayKind.Holiday, Name = name };
        }
        static CalendarDay Work(string name, int m, int d) => new() { Date = new DateOnly(2025, m, d), Kind = CalendarDayKind.WorkingDay, Name = name + "调休上班" };

        return Off("元旦", 1, 1, 1, 1)
            .Concat(Off("春节", 1, 28, 2, 4)).Append(Work("春节", 1, 26)).Append(Work("春节", 2, 8))
            .Concat(Off("清明节", 4, 4, 4, 6))
            .Concat(Off("劳动节", 5, 1, 5, 5)).Append(Work("劳动节", 4, 27))
            .Concat(Off("端午节", 5, 31, 6, 2))
            .Concat(Off("国庆节、中秋节", 10, 1, 10, 8)).Append(Work("国庆节", 9, 28)).Append(Work("国庆节", 10, 11));
    }
}
