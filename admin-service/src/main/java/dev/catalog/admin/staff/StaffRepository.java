package dev.catalog.admin.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffRepository extends CrudRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffUser> listOrderByUsername();

    // Locks the active administrators' rows, so two concurrent demotions cannot leave none.
    @Query("SELECT id FROM staff_user WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE")
    List<Long> lockActiveAdministrators();

    @Query("UPDATE staff_user SET password_hash = :passwordHash, version = version + 1, updated_at = now() "
            + "WHERE id = :id")
    void updatePasswordHash(long id, String passwordHash);
}
