package iq.cpf.awareness.forum.boundary;

import iq.cpf.awareness.forum.entity.Forum;

public record ForumView(
        Long id,
        String name,
        String governorate,
        String district,
        String referralContacts,
        String phone,
        String email,
        int version) {

    static ForumView of(Forum forum) {
        return new ForumView(
                forum.getId(),
                forum.getName(),
                forum.getGovernorate(),
                forum.getDistrict(),
                forum.getReferralContacts(),
                forum.getPhone(),
                forum.getEmail(),
                forum.getVersion());
    }
}
