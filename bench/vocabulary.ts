// Phrase banks for synthetic reports, in the register of real grassroots-democracy review reports.
// Slots: $U the unit, $N a count, $P a percentage, $Y a year. No braces or angle brackets: reports are text.

export const PLACE_SYLLABLES = [
	'An',
	'Bình',
	'Phú',
	'Thạch',
	'Lộc',
	'Hòa',
	'Xuân',
	'Thanh',
	'Tân',
	'Long',
	'Phước',
	'Hưng',
	'Yên',
	'Đông',
	'Tây',
	'Nam',
	'Bắc',
	'Trung',
	'Sơn',
	'Hà',
	'Mỹ',
	'Quang',
	'Thịnh',
	'Vĩnh',
	'Hải',
	'Kim',
	'Ngọc',
	'Lâm',
	'Tiến',
	'Đức',
	'Minh',
	'Thuận',
	'Hợp',
	'Thành',
	'Cẩm',
	'Gia',
	'Hương',
	'Khánh',
	'Lạc',
	'Nghĩa',
	'Quý',
	'Tường',
	'Vân',
	'Định',
	'Hiệp',
	'Thái',
	'Triều',
];

export const PEOPLE = [
	'Nguyễn Văn',
	'Trần Thị',
	'Lê Văn',
	'Phạm Thị',
	'Hoàng Văn',
	'Võ Thị',
	'Đặng Văn',
	'Bùi Thị',
	'Đỗ Văn',
	'Ngô Thị',
];

export const LEADERSHIP = [
	'Ngay sau khi có Kế hoạch của cấp trên, Ban Thường vụ $U đã ban hành kế hoạch triển khai, phân công nhiệm vụ cụ thể cho từng đồng chí cấp ủy viên phụ trách các chi bộ.',
	'Cấp ủy đã tổ chức $N hội nghị quán triệt, học tập Kết luận số 120-KL/TW cho cán bộ chủ chốt, đảng viên và đoàn viên, hội viên các đoàn thể.',
	'Việc quán triệt được thực hiện nghiêm túc, bằng nhiều hình thức phù hợp như hội nghị trực tiếp, sinh hoạt chi bộ, lồng ghép trong các buổi họp thôn, tổ dân phố.',
	'Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở được kiện toàn kịp thời khi có sự thay đổi về nhân sự, phân công rõ người, rõ việc, rõ trách nhiệm.',
	'Định kỳ hằng năm, cấp ủy đưa nội dung thực hiện quy chế dân chủ vào chương trình kiểm tra, giám sát, gắn với đánh giá, xếp loại tổ chức đảng và đảng viên.',
	'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đã xây dựng chương trình phối hợp, tuyên truyền sâu rộng trong đoàn viên, hội viên và nhân dân.',
	'Cấp ủy chỉ đạo chính quyền ban hành quy chế làm việc, quy chế phối hợp, công khai các thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả.',
	'Trong năm năm, $U đã ban hành $N văn bản lãnh đạo, chỉ đạo liên quan đến việc xây dựng và thực hiện quy chế dân chủ ở cơ sở.',
	'Công tác tuyên truyền được đổi mới về nội dung và hình thức, phát huy vai trò của hệ thống truyền thanh cơ sở và các nhóm mạng xã hội của thôn, khu phố.',
	'Người đứng đầu cấp ủy, chính quyền trực tiếp chỉ đạo, thường xuyên đôn đốc, kiểm tra việc tổ chức thực hiện ở các chi bộ trực thuộc.',
];

export const RESULTS = [
	'Việc thực hiện phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng có nhiều chuyển biến tích cực.',
	'Các nội dung nhân dân được biết đã được công khai đầy đủ, kịp thời bằng hình thức niêm yết tại trụ sở, thông báo trên loa truyền thanh và tại các cuộc họp thôn.',
	'Nhân dân được bàn và quyết định trực tiếp về chủ trương, mức đóng góp xây dựng cơ sở hạ tầng, các công trình phúc lợi công cộng trong phạm vi cơ sở.',
	'Trong giai đoạn 2016 - 2020, toàn đơn vị đã huy động được $N tỷ đồng từ nhân dân để làm đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn.',
	'Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng hoạt động có hiệu quả, đã tiến hành $N cuộc giám sát, phát hiện và kiến nghị xử lý nhiều vụ việc.',
	'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân được tổ chức định kỳ, tập trung vào những vấn đề bức xúc, nổi cộm ở địa phương.',
	'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt $P%, không có hồ sơ quá hạn kéo dài gây phiền hà cho người dân.',
	'Hương ước, quy ước của các thôn, tổ dân phố được rà soát, sửa đổi, bổ sung cho phù hợp với quy định của pháp luật và phong tục tập quán tốt đẹp.',
	'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được quan tâm; các đơn thư thuộc thẩm quyền được giải quyết đạt $P%.',
	'Cán bộ, công chức có ý thức trách nhiệm cao hơn, thái độ phục vụ nhân dân văn minh, lịch sự, tận tình; tình trạng nhũng nhiễu, gây phiền hà giảm rõ rệt.',
	'Trong cơ quan, đơn vị, dân chủ được phát huy thông qua hội nghị cán bộ, công chức, viên chức được tổ chức hằng năm đúng quy định.',
	'Các quy chế chi tiêu nội bộ, quy chế quản lý tài sản công, quy chế thi đua, khen thưởng được xây dựng công khai, dân chủ và thực hiện nghiêm túc.',
	'Tại các doanh nghiệp, hội nghị người lao động và đối thoại định kỳ tại nơi làm việc được duy trì, góp phần xây dựng quan hệ lao động hài hòa, ổn định.',
	'Phong trào thi đua xây dựng nông thôn mới, đô thị văn minh nhận được sự hưởng ứng rộng rãi; đến năm $Y có $N thôn đạt chuẩn khu dân cư kiểu mẫu.',
	'Vai trò giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể được nâng lên, có $N ý kiến góp ý được tiếp thu.',
];

export const ACHIEVEMENTS = [
	'Nhận thức của cấp ủy, chính quyền, cán bộ, đảng viên và nhân dân về vị trí, vai trò của việc thực hiện dân chủ ở cơ sở được nâng lên rõ rệt.',
	'Quyền làm chủ của nhân dân được phát huy, tạo sự đồng thuận trong thực hiện các nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh.',
	'Mối quan hệ mật thiết giữa Đảng với nhân dân được củng cố, niềm tin của nhân dân vào sự lãnh đạo của Đảng được nâng lên.',
	'Nhiều mô hình hay, cách làm hiệu quả được nhân rộng như mô hình dân vận khéo, camera an ninh khu dân cư, tổ tự quản về vệ sinh môi trường.',
	'Tinh thần, thái độ phục vụ nhân dân của đội ngũ cán bộ, công chức có chuyển biến tích cực, cải cách hành chính đạt kết quả rõ nét.',
];

export const LIMITATIONS = [
	'Một số cấp ủy, chính quyền chưa quan tâm đúng mức đến việc lãnh đạo, chỉ đạo thực hiện dân chủ ở cơ sở; việc sơ kết, tổng kết có nơi còn chậm.',
	'Việc thực hiện một số nội dung công khai còn hình thức, chưa kịp thời, chưa đầy đủ; hình thức công khai chưa phù hợp với từng đối tượng.',
	'Hoạt động của Ban Thanh tra nhân dân ở một số nơi hiệu quả chưa cao, chưa phát hiện được những sai phạm để kiến nghị xử lý.',
	'Một bộ phận nhân dân còn thờ ơ, chưa tích cực tham gia bàn bạc, góp ý các công việc chung của cộng đồng dân cư.',
	'Việc tổ chức đối thoại giữa người đứng đầu với nhân dân có nơi chưa thường xuyên, nội dung đối thoại chưa đi vào những vấn đề người dân quan tâm.',
];

export const CAUSES = [
	'Một số cấp ủy, người đứng đầu chưa nhận thức đầy đủ về ý nghĩa, tầm quan trọng của việc thực hiện quy chế dân chủ ở cơ sở.',
	'Công tác kiểm tra, giám sát chưa thường xuyên; việc sơ kết, rút kinh nghiệm có lúc chưa kịp thời.',
	'Trình độ, năng lực của một bộ phận cán bộ cơ sở còn hạn chế, chưa đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
	'Kinh phí bảo đảm cho hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng còn thấp.',
	'Điều kiện kinh tế của một bộ phận nhân dân còn khó khăn, ảnh hưởng đến việc tham gia các hoạt động chung.',
];

export const LESSONS = [
	'Phải thường xuyên tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, sự quản lý, điều hành của chính quyền, phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.',
	'Người đứng đầu cấp ủy, chính quyền phải gương mẫu, nói đi đôi với làm, thường xuyên lắng nghe, tiếp thu ý kiến của nhân dân.',
	'Phải làm tốt công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân về quyền và nghĩa vụ làm chủ.',
	'Thực hiện dân chủ phải gắn với giữ vững kỷ cương, pháp luật; phát huy dân chủ đi đôi với tăng cường pháp chế.',
	'Phải coi trọng công tác kiểm tra, giám sát, kịp thời biểu dương những nơi làm tốt, chấn chỉnh những nơi làm chưa tốt.',
	'Phải gắn việc thực hiện dân chủ ở cơ sở với phong trào thi đua yêu nước và các cuộc vận động lớn ở địa phương.',
];

export const DIRECTIONS = [
	'Tiếp tục quán triệt, thực hiện nghiêm túc Kết luận số 120-KL/TW và các văn bản của cấp trên về thực hiện dân chủ ở cơ sở.',
	'Nâng cao chất lượng hoạt động của Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở các cấp, phân công nhiệm vụ cụ thể cho từng thành viên.',
	'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính cho người dân và doanh nghiệp.',
	'Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.',
	'Duy trì định kỳ hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, kịp thời giải quyết kiến nghị chính đáng.',
];

export const PROPOSALS = [
	'Đề nghị cấp trên quan tâm bố trí kinh phí hỗ trợ hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.',
	'Đề nghị tổ chức tập huấn nghiệp vụ cho thành viên Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở cấp xã.',
	'Đề nghị sớm ban hành văn bản hướng dẫn thống nhất về hình thức công khai phù hợp với điều kiện thực tế ở cơ sở.',
];

export const TABLE_ROWS = [
	'Hội nghị đối thoại với nhân dân',
	'Cuộc giám sát của Ban Thanh tra nhân dân',
	'Công trình do nhân dân bàn và quyết định',
	'Hương ước, quy ước được sửa đổi',
	'Ý kiến góp ý được tiếp thu',
	'Đơn thư được giải quyết',
];

export const ORDINALS = ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là'];
