<?php
/**
 * Writes the test posts as their authors would: `php posts.php WP_ROOT` with
 * JSON on stdin, `{"posts": [{"role", "title", "content"}], "action"}`.
 * Each post is inserted as a user of that role (wp_set_current_user first,
 * so kses filters the content exactly as it does for that role's saves);
 * a Contributor's post is saved as pending, then published by an Editor.
 * Prints JSON: each post's id, URL and stored content.
 */

$root = $argv[1] ?? '';
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$input = json_decode( stream_get_contents( STDIN ), true );

function user_of( string $role ): int {
	$login = 'test-' . $role;
	$user  = get_user_by( 'login', $login );
	if ( $user ) {
		return $user->ID;
	}
	$id = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => wp_generate_password(),
			'user_email' => $login . '@example.org',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	return $id;
}

$out = array();
switch ( $input['action'] ?? 'posts' ) {
	case 'posts':
		foreach ( $input['posts'] as $post ) {
			$author = user_of( $post['role'] );
			wp_set_current_user( $author );
			$contributor = ! current_user_can( 'publish_posts' );
			$id          = wp_insert_post(
				array(
					'post_title'   => $post['title'],
					'post_content' => wp_slash( $post['content'] ),
					'post_status'  => $contributor ? 'pending' : 'publish',
					'post_author'  => $author,
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() );
				exit( 1 );
			}
			if ( $contributor ) {
				// The Editor opens the pending post and publishes it.
				wp_set_current_user( user_of( 'editor' ) );
				wp_update_post( array( 'ID' => $id, 'post_status' => 'publish' ) );
			}
			$out[] = array(
				'id'      => $id,
				'url'     => get_permalink( $id ),
				'stored'  => get_post_field( 'post_content', $id, 'raw' ),
				'status'  => get_post_status( $id ),
			);
		}
		break;
	case 'state':
		$out = array(
			'active' => is_plugin_active( 'wcit-embed/wcit-embed.php' ),
			'option' => get_option( 'wcit_embed_feed_url', null ),
		);
		break;
	case 'uninstall':
		wp_set_current_user( user_of( 'administrator' ) );
		deactivate_plugins( 'wcit-embed/wcit-embed.php' );
		uninstall_plugin( 'wcit-embed/wcit-embed.php' );
		$out = array( 'option' => get_option( 'wcit_embed_feed_url', null ) );
		break;
}
echo wp_json_encode( $out );
