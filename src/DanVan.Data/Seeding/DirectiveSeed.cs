using DanVan.Domain.Directives;

namespace DanVan.Data.Seeding;

/// <summary>Directive 07-CT/TU as published (Báo Nhân Dân), its 19 tasks grouped by addressee, and example indicators.</summary>
public static class DirectiveSeed
{
    public const string DirectiveCode = "07-CT/TU";
    public const int TaskCount = 19;
    public const string Title = "Chỉ thị về đẩy mạnh, nâng cao chất lượng, hiệu quả công tác dân vận của các cơ quan nhà nước";
    public const string IssuingBody = "Ban Thường vụ Thành ủy Hà Nội";
    public static readonly DateOnly IssuedOn = new(2021, 10, 1);

    public const string Summary =
        "Ban Thường vụ Thành ủy Hà Nội yêu cầu các cấp ủy, cơ quan nhà nước các cấp, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội, "
        + "Ban Cán sự đảng UBND thành phố đẩy mạnh, nâng cao chất lượng, hiệu quả công tác dân vận của các cơ quan nhà nước.";

    public const string FullText = """
Hà Nội tiếp tục đẩy mạnh hiệu quả dân vận chính quyền

NDO -

Ban Thường vụ Thành ủy Hà Nội vừa ban hành Chỉ thị số 07-CT/TU về đẩy mạnh, nâng cao chất lượng, hiệu quả công tác dân vận của các cơ quan nhà nước.

Nhờ làm tốt công tác dân vận, Hà Nội đã nhận được sự ủng hộ, đồng thuận cao của người dân trong phòng, chống Covid-19.

Theo đó, cùng với tăng cường tuyên truyền, Ban Thường vụ Thành ủy Hà Nội yêu cầu các cấp ủy cần tăng cường và đổi mới sự lãnh đạo, chỉ đạo các cơ quan nhà nước, tiếp tục nâng cao chất lượng, hiệu quả công tác dân vận, xác định công tác dân vận là một trong những nhiệm vụ trọng tâm trong chương trình công tác hằng năm, gắn với thực hiện chức năng, nhiệm vụ của từng cơ quan, đơn vị và chức trách của cán bộ, công chức, viên chức; đưa việc thực hiện công tác dân vận chính quyền là tiêu chí quan trọng trong đánh giá thực hiện chức trách, nhiệm vụ của mỗi tổ chức, cá nhân.

Thực hiện nghiêm túc quy chế dân chủ ở cơ quan, đơn vị, nhất là trong công tác tổ chức bộ máy và cán bộ; xử lý kịp thời, hiệu quả thông tin phản ánh liên quan cán bộ, công chức, viên chức. Chỉ đạo việc tăng cường phối hợp giữa các cơ quan nhà nước với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội trong thực hiện công tác dân vận gắn với thực hiện nhiệm vụ phát triển kinh tế - xã hội, xây dựng Đảng, chính quyền trong sạch, vững mạnh.

Ban Thường vụ Thành ủy yêu cầu cơ quan nhà nước các cấp thành phố tiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận, thực hiện nghiêm túc quy định của Trung ương về việc phân công chủ tịch UBND các cấp, lãnh đạo cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập phụ trách công tác dân vận của chính quyền và chỉ đạo thực hiện các quy định của pháp luật về quy chế dân chủ ở cơ sở. Nâng cao tinh thần trách nhiệm của người đứng đầu cơ quan nhà nước, chính quyền các cấp trong công tác dân vận của chính quyền. Tiếp tục cụ thể hóa phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”; quan tâm xây dựng các quy chế thực hiện dân chủ trong loại hình mới gắn với việc phục vụ nhiệm vụ chính trị của địa phương, cơ quan, đơn vị.

Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp thực hiện tốt vai trò đại diện, bảo đảm quyền, lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân; nắm chắc tình hình nhân dân, vận động nhân dân tham gia giám sát việc thực hiện công tác dân vận của các cơ quan nhà nước.

Ban Cán sự đảng UBND thành phố xây dựng kế hoạch, chỉ đạo các sở, ban, ngành, chính quyền các cấp triển khai thực hiện tốt chỉ thị; thường xuyên theo dõi, kiểm tra, đánh giá tình hình thực hiện; kịp thời điều chỉnh các nhiệm vụ, giải pháp về tăng cường công tác dân vận phù hợp với tình hình thực tế.
""";

    public static readonly IReadOnlyList<TaskSeed> Tasks =
    [
        new("1.1", TaskAddressee.PartyCommittees, "Tăng cường tuyên truyền về công tác dân vận chính quyền", "Tăng cường tuyên truyền về công tác dân vận của các cơ quan nhà nước."),
        new("1.2", TaskAddressee.PartyCommittees, "Đổi mới lãnh đạo, chỉ đạo cơ quan nhà nước về công tác dân vận", "Tăng cường và đổi mới sự lãnh đạo, chỉ đạo các cơ quan nhà nước, tiếp tục nâng cao chất lượng, hiệu quả công tác dân vận."),
        new("1.3", TaskAddressee.PartyCommittees, "Xác định dân vận là nhiệm vụ trọng tâm trong chương trình công tác hằng năm", "Xác định công tác dân vận là một trong những nhiệm vụ trọng tâm trong chương trình công tác hằng năm, gắn với thực hiện chức năng, nhiệm vụ của từng cơ quan, đơn vị và chức trách của cán bộ, công chức, viên chức."),
        new("1.4", TaskAddressee.PartyCommittees, "Đưa dân vận chính quyền thành tiêu chí đánh giá tổ chức, cá nhân", "Đưa việc thực hiện công tác dân vận chính quyền là tiêu chí quan trọng trong đánh giá thực hiện chức trách, nhiệm vụ của mỗi tổ chức, cá nhân."),
        new("1.5", TaskAddressee.PartyCommittees, "Thực hiện nghiêm quy chế dân chủ ở cơ quan, đơn vị", "Thực hiện nghiêm túc quy chế dân chủ ở cơ quan, đơn vị, nhất là trong công tác tổ chức bộ máy và cán bộ."),
        new("1.6", TaskAddressee.PartyCommittees, "Xử lý kịp thời thông tin phản ánh liên quan cán bộ, công chức, viên chức", "Xử lý kịp thời, hiệu quả thông tin phản ánh liên quan cán bộ, công chức, viên chức."),
        new("1.7", TaskAddressee.PartyCommittees, "Tăng cường phối hợp giữa cơ quan nhà nước với Mặt trận và các đoàn thể", "Chỉ đạo việc tăng cường phối hợp giữa các cơ quan nhà nước với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội trong thực hiện công tác dân vận gắn với thực hiện nhiệm vụ phát triển kinh tế - xã hội, xây dựng Đảng, chính quyền trong sạch, vững mạnh."),
        new("2.1", TaskAddressee.StateAgencies, "Đổi mới nội dung, phương thức công tác dân vận", "Tiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận."),
        new("2.2", TaskAddressee.StateAgencies, "Phân công lãnh đạo phụ trách công tác dân vận của chính quyền", "Thực hiện nghiêm túc quy định của Trung ương về việc phân công chủ tịch UBND các cấp, lãnh đạo cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập phụ trách công tác dân vận của chính quyền."),
        new("2.3", TaskAddressee.StateAgencies, "Chỉ đạo thực hiện quy chế dân chủ ở cơ sở", "Chỉ đạo thực hiện các quy định của pháp luật về quy chế dân chủ ở cơ sở."),
        new("2.4", TaskAddressee.StateAgencies, "Nâng cao trách nhiệm của người đứng đầu trong công tác dân vận", "Nâng cao tinh thần trách nhiệm của người đứng đầu cơ quan nhà nước, chính quyền các cấp trong công tác dân vận của chính quyền."),
        new("2.5", TaskAddressee.StateAgencies, "Cụ thể hóa phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”", "Tiếp tục cụ thể hóa phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”."),
        new("2.6", TaskAddressee.StateAgencies, "Xây dựng quy chế thực hiện dân chủ trong loại hình mới", "Quan tâm xây dựng các quy chế thực hiện dân chủ trong loại hình mới gắn với việc phục vụ nhiệm vụ chính trị của địa phương, cơ quan, đơn vị."),
        new("3.1", TaskAddressee.FrontAndSocioPoliticalOrganizations, "Đại diện, bảo đảm quyền, lợi ích hợp pháp của đoàn viên, hội viên và nhân dân", "Thực hiện tốt vai trò đại diện, bảo đảm quyền, lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân."),
        new("3.2", TaskAddressee.FrontAndSocioPoliticalOrganizations, "Nắm chắc tình hình nhân dân", "Nắm chắc tình hình nhân dân."),
        new("3.3", TaskAddressee.FrontAndSocioPoliticalOrganizations, "Vận động nhân dân giám sát công tác dân vận của cơ quan nhà nước", "Vận động nhân dân tham gia giám sát việc thực hiện công tác dân vận của các cơ quan nhà nước."),
        new("4.1", TaskAddressee.PartyAffairsCommittee, "Xây dựng kế hoạch, chỉ đạo triển khai thực hiện Chỉ thị", "Xây dựng kế hoạch, chỉ đạo các sở, ban, ngành, chính quyền các cấp triển khai thực hiện tốt chỉ thị.", new DateOnly(2021, 12, 31)),
        new("4.2", TaskAddressee.PartyAffairsCommittee, "Theo dõi, kiểm tra, đánh giá tình hình thực hiện", "Thường xuyên theo dõi, kiểm tra, đánh giá tình hình thực hiện."),
        new("4.3", TaskAddressee.PartyAffairsCommittee, "Điều chỉnh kịp thời nhiệm vụ, giải pháp về công tác dân vận", "Kịp thời điều chỉnh các nhiệm vụ, giải pháp về tăng cường công tác dân vận phù hợp với tình hình thực tế."),
    ];

    /// <summary>Examples an administrator may change; the directive itself sets no figure.</summary>
    public static readonly IReadOnlyList<IndicatorSeed> Indicators =
    [
        new("1.6", "Tỷ lệ phản ánh, kiến nghị được giải quyết đúng hạn", "%", true),
        new("2.3", "Số hội nghị đối thoại, tiếp công dân của người đứng đầu", "cuộc", true),
        new("2.5", "Số cuộc đối thoại trực tiếp với Nhân dân", "cuộc", true),
        new("3.3", "Số cuộc giám sát của Mặt trận và các đoàn thể", "cuộc", true),
    ];

    public sealed record TaskSeed(string Number, TaskAddressee Addressee, string Title, string Wording, DateOnly? DueOn = null);

    public sealed record IndicatorSeed(string TaskNumber, string Name, string Unit, bool HigherIsBetter);
}
