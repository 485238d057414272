package dev.catalog.admin.staff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffRepository extends CrudRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);
}
